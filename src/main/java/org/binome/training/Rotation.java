package org.binome.training;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Who is the client next: among the members still in the circle, the one who has been client the fewest times, the
 * earliest in the circle's order on a tie. So each member is client once per cycle, a member who left is simply
 * skipped, and a member who joins late catches up first.
 */
final class Rotation {

    private Rotation() {}

    static Optional<String> next(List<String> activeMembersInOrder, List<String> pastClients) {
        var counts = new HashMap<String, Integer>();
        pastClients.forEach(c -> counts.merge(c, 1, Integer::sum));
        String best = null;
        int bestCount = Integer.MAX_VALUE;
        for (var member : activeMembersInOrder) {
            int count = counts.getOrDefault(member, 0);
            if (count < bestCount) {
                best = member;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }
}
