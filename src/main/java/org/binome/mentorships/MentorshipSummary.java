package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of a person's mentorships, as their home page and list show it (no content, only facts). */
record MentorshipSummary(
        long id,
        long programId,
        String programName,
        MentorshipStatus status,
        MemberRole myRole,
        List<PartnerView> members,
        LocalDate startedOn,
        Instant lastSessionAt,
        Instant nextSessionAt,
        int objectivesReached,
        int objectivesTotal,
        Health health,
        boolean group) {

    public MentorshipSummary {
        members = List.copyOf(members);
    }

    /** The other members' names, for "with …". */
    public String partnerNames(String self) {
        return String.join(
                ", ",
                members.stream()
                        .filter(m -> !m.employeeNumber().equals(self))
                        .map(PartnerView::name)
                        .toList());
    }
}
