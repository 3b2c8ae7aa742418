package org.binome.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The feedback module's facade for pages of other modules: the surveys waiting for a person (their home page). */
@Service
public class Surveys {

    private final SurveyInvitations invitations;
    private final Clock clock;

    Surveys(SurveyInvitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Open, unanswered surveys of this person, the soonest closing first. */
    @Transactional(readOnly = true)
    public List<PendingSurvey> pendingFor(String employeeNumber) {
        if (employeeNumber == null) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        return invitations.of(employeeNumber).stream()
                .filter(i -> i.openOn(today))
                .sorted(java.util.Comparator.comparing(InvitationView::closesOn))
                .map(i -> new PendingSurvey(i.id(), i.moment(), i.titleFr(), i.titleEn(), i.closesOn()))
                .toList();
    }
}
