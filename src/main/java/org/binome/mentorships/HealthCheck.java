package org.binome.mentorships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binome.communication.Notifications;
import org.binome.communication.Reminder;
import org.binome.communication.ReminderSource;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ProgramView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairs' part of the morning reminders (run by communication's reminder job, once for all nodes under its
 * ShedLock lease, at {@code binome.reminders.cron}): a nudge to each member of a stalled pair, every day it stays
 * stalled, and each open review to the members who have not answered it. The idempotency keys make a repeated run
 * (or a second node) send nothing twice.
 */
@Component
class HealthCheck implements ReminderSource {

    private final MentorshipRepository mentorships;
    private final PairFactsLoader loader;
    private final ReviewRepository reviews;
    private final Directory directory;
    private final Notifications notifications;

    HealthCheck(
            MentorshipRepository mentorships,
            PairFactsLoader loader,
            ReviewRepository reviews,
            Directory directory,
            Notifications notifications) {
        this.mentorships = mentorships;
        this.loader = loader;
        this.reviews = reviews;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** The administrator's "check now": today's reminders handed over at once; returns how many. */
    int sendNow() {
        var due = dueReminders(loader.today());
        due.forEach(reminder -> notifications.notify(reminder.toNotification()));
        return due.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> dueReminders(LocalDate today) {
        var due = new ArrayList<Reminder>();
        var candidates = new ArrayList<Mentorship>(mentorships.findByStatus(MentorshipStatus.ACTIVE));
        candidates.addAll(mentorships.findByStatus(MentorshipStatus.COMPLETED));
        for (var facts : loader.facts(candidates)) {
            var m = facts.mentorship();
            if (facts.health().health() == Health.STALLED) {
                due.addAll(nudges(m, facts, today));
            }
            for (var kind : ReviewKind.values()) {
                if (ReviewPolicy.isOpen(facts, kind)) {
                    due.addAll(reviewReminders(m, facts, kind, facts.program()));
                }
            }
        }
        return due;
    }

    private List<Reminder> nudges(Mentorship m, PairFacts facts, LocalDate today) {
        // Counted to the day of the check, so a message sent late (or again) says the same.
        long days = facts.lastSessionAt() == null
                ? 0
                : Math.max(
                        0,
                        java.time.temporal.ChronoUnit.DAYS.between(
                                LocalDate.ofInstant(facts.lastSessionAt(), loader.zone()), today));
        Map<String, Object> params = Map.of(
                "mentor", names(m.people(MemberRole.MENTOR)),
                "mentee", names(m.people(MemberRole.MENTEE)),
                "days", days);
        return m.everyone().stream()
                .map(member -> new Reminder(
                        member,
                        "pair.stalled",
                        params,
                        "/mentorships/" + m.id,
                        List.of(),
                        "pair.stalled:" + m.id + ":" + today))
                .toList();
    }

    private List<Reminder> reviewReminders(Mentorship m, PairFacts facts, ReviewKind kind, ProgramView program) {
        var answered = reviews.findByMentorshipId(m.id).stream()
                .filter(r -> r.kind == kind)
                .map(r -> r.author)
                .toList();
        var opens = kind == ReviewKind.CLOSING && m.status == MentorshipStatus.COMPLETED
                ? m.endedOn
                : ReviewPolicy.opensOn(facts, kind);
        Map<String, Object> params = Map.of("programme", program == null ? "" : program.name(), "due", opens);
        return m.everyone().stream()
                .filter(member -> !answered.contains(member))
                .map(member -> new Reminder(
                        member,
                        "review.due",
                        params,
                        "/mentorships/" + m.id,
                        List.of(),
                        "review.due:" + m.id + ":" + kind))
                .toList();
    }

    private String names(List<String> employeeNumbers) {
        return String.join(
                ", ",
                employeeNumbers.stream()
                        .map(n -> directory.find(n).map(PersonView::fullName).orElse(n))
                        .toList());
    }
}
