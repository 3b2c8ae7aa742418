package org.binome.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binome.communication.Reminder;
import org.binome.communication.ReminderSource;
import org.springframework.stereotype.Component;

/**
 * Part of communication's morning run (one node at a time): first sends the day's surveys (mid-point, closing, six
 * months after), then reminds people of unanswered surveys once after {@code binome.feedback.first-reminder-days}
 * (7) and once {@code last-reminder-days-before-closing} (2) days before closing. Keys make a repeated run harmless.
 */
@Component
class SurveyReminders implements ReminderSource {

    private final SurveyMoments moments;
    private final SurveyInvitations invitations;
    private final FeedbackSettings settings;

    SurveyReminders(SurveyMoments moments, SurveyInvitations invitations, FeedbackSettings settings) {
        this.moments = moments;
        this.invitations = invitations;
        this.settings = settings;
    }

    @Override
    public List<Reminder> dueReminders(LocalDate today) {
        moments.daily(today);
        var due = new ArrayList<Reminder>();
        for (var invitation : invitations.unansweredOpenOn(today)) {
            var lastCall = invitation.closesOn().minusDays(settings.lastReminderDaysBeforeClosing());
            var firstCall = invitation.sentOn().plusDays(settings.firstReminderDays());
            var link = "/me/surveys/" + invitation.id();
            var params = Map.<String, Object>of("closes", invitation.closesOn());
            if (!today.isBefore(lastCall)) {
                due.add(new Reminder(
                        invitation.employeeNumber(),
                        "survey.closing",
                        params,
                        link,
                        List.of(),
                        "survey-closing:" + invitation.id()));
            } else if (!today.isBefore(firstCall)) {
                due.add(new Reminder(
                        invitation.employeeNumber(),
                        "survey.reminder",
                        params,
                        link,
                        List.of(),
                        "survey-reminder:" + invitation.id()));
            }
        }
        return due;
    }
}
