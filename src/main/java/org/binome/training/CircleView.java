package org.binome.training;

import java.time.Instant;
import java.util.List;

/** A codevelopment circle with its members (including those who left, who keep their past records). */
record CircleView(
        long id,
        long programId,
        String name,
        String facilitator,
        String facilitatorName,
        int cadenceWeeks,
        String place,
        List<Member> members,
        int version) {

    public List<Member> activeMembers() {
        return members.stream().filter(Member::active).toList();
    }

    public List<String> activeNumbers() {
        return activeMembers().stream().map(Member::employeeNumber).toList();
    }

    public boolean isMember(String employeeNumber) {
        return members.stream().anyMatch(m -> m.employeeNumber().equals(employeeNumber));
    }

    /**
     * Whether this person was a member when a session started: someone who left keeps the sessions held before they
     * left, never the later ones.
     */
    public boolean wasMemberAt(String employeeNumber, Instant when) {
        return members.stream().anyMatch(m -> m.employeeNumber().equals(employeeNumber) && m.memberAt(when));
    }

    record Member(String employeeNumber, String name, int position, Instant leftAt) {
        public boolean active() {
            return leftAt == null;
        }

        boolean memberAt(Instant when) {
            return leftAt == null || (when != null && when.isBefore(leftAt));
        }
    }
}
