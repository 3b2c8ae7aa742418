package org.binome.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client rotation and the step sequence, without Spring. */
class RotationTests {

    @Test
    void everyMemberIsClientOnceBeforeAnyoneIsClientTwice() {
        var members = List.of("A", "B", "C", "D", "E");
        var clients = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            clients.add(Rotation.next(members, clients).orElseThrow());
        }
        assertThat(clients.subList(0, 5)).containsExactlyInAnyOrderElementsOf(members);
        assertThat(clients.subList(5, 10)).containsExactlyInAnyOrderElementsOf(members);
    }

    @Test
    void aMemberWhoLeavesMidCycleIsSkippedAndTheOthersStillGetTheirTurnOnce() {
        var members = new ArrayList<>(List.of("A", "B", "C", "D", "E"));
        var clients = new ArrayList<String>();
        clients.add(Rotation.next(members, clients).orElseThrow());
        clients.add(Rotation.next(members, clients).orElseThrow());
        members.remove("D");
        for (int i = 0; i < 2; i++) {
            clients.add(Rotation.next(members, clients).orElseThrow());
        }
        assertThat(clients).containsExactly("A", "B", "C", "E");
        // The next cycle starts again with everyone still there, once each.
        var counts = new HashMap<String, Integer>();
        for (int i = 0; i < 4; i++) {
            var next = Rotation.next(members, clients).orElseThrow();
            clients.add(next);
            counts.merge(next, 1, Integer::sum);
        }
        assertThat(counts)
                .containsOnlyKeys("A", "B", "C", "E")
                .allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    }

    @Test
    void aLateJoinerCatchesUpBeforeTheNextCycle() {
        var clients = new ArrayList<>(List.of("A", "B", "C", "D"));
        assertThat(Rotation.next(List.of("A", "B", "C", "D", "F"), clients)).contains("F");
    }

    @Test
    void anEmptyCircleHasNoClient() {
        assertThat(Rotation.next(List.of(), List.of("A"))).isEmpty();
    }

    @Test
    void theSixStepsFollowTheOpeningWithTheirTimeBoxes() {
        assertThat(CircleStep.values()).hasSize(7);
        assertThat(CircleStep.PRESENTATION.minutes()).isBetween(5, 10);
        assertThat(CircleStep.CLARIFICATION.requiresRecord()).isFalse();
        assertThat(CircleStep.OPENING.requiresRecord()).isFalse();
        assertThat(CircleStep.SYNTHESIS.field()).isEqualTo("actionPlan");
    }
}
