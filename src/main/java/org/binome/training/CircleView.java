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

    public record Member(String employeeNumber, String name, int position, Instant leftAt) {
        public boolean active() {
            return leftAt == null;
        }
    }
}
