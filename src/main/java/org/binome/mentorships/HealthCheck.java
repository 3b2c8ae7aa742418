package org.binome.mentorships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.binome.communication.Notifications;
import org.binome.communication.Reminder;
import org.binome.communication.ReminderSource;
import org.binome.people.Directory;
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

    private final PairLoading pairs;
    private final PairFactsLoader loader;
    private final Directory directory;
    private final Notifications notifications;

    HealthCheck(PairLoading pairs, PairFactsLoader loader, Directory directory, Notifications notifications) {
        this.pairs = pairs;
        this.loader = loader;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** The administrator's "check now": today's reminders handed over at once; returns how many. */
    int sendNow() {
        return notifications.notifyMany(dueReminders(loader.today()).stream()
                .map(Reminder::toNotification)
                .toList());
    }

    /**
     * Read for every active and completed pair at once: the pairs with their members, their outlines (sessions and
     * objectives counted by the database), their reviews and the names a nudge gives, a few queries per thousand pairs
     * (it read every session of every pair with its members, and each pair's reviews and each name with a query of
     * its own).
     */
    @Override
    @Transactional(readOnly = true)
    public List<Reminder> dueReminders(LocalDate today) {
        var due = new ArrayList<Reminder>();
        var candidates = pairs.inStatus(List.of(MentorshipStatus.ACTIVE, MentorshipStatus.COMPLETED));
        var reviewsOf = pairs.reviewsOf(candidates.stream().map(m -> m.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.mentorshipId));
        var outlines = loader.outlines(candidates, List.of());
        var names = names(outlines.stream()
                .filter(o -> o.health().health() == Health.STALLED)
                .flatMap(o -> o.mentorship().everyone().stream())
                .toList());
        for (var outline : outlines) {
            var m = outline.mentorship();
            if (outline.health().health() == Health.STALLED) {
                due.addAll(nudges(m, outline, today, names));
            }
            for (var kind : ReviewKind.values()) {
                if (ReviewPolicy.isOpen(outline, kind)) {
                    due.addAll(reviewReminders(m, reviewsOf.getOrDefault(m.id, List.of()), outline, kind));
                }
            }
        }
        return due;
    }

    private List<Reminder> nudges(Mentorship m, PairOutline facts, LocalDate today, Map<String, String> names) {
        // Counted to the day of the check, so a message sent late (or again) says the same.
        long days = facts.lastSessionAt() == null
                ? 0
                : Math.max(
                        0,
                        java.time.temporal.ChronoUnit.DAYS.between(
                                LocalDate.ofInstant(facts.lastSessionAt(), loader.zone()), today));
        Map<String, Object> params = Map.of(
                "mentor", names(m.people(MemberRole.MENTOR), names),
                "mentee", names(m.people(MemberRole.MENTEE), names),
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

    private List<Reminder> reviewReminders(
            Mentorship m, List<Review> reviewsOfThePair, PairOutline facts, ReviewKind kind) {
        var program = facts.program();
        var answered = reviewsOfThePair.stream()
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

    /** The full names of these people, by employee number (those in the directory), one query per thousand. */
    private Map<String, String> names(List<String> employeeNumbers) {
        var names = new HashMap<String, String>();
        if (!employeeNumbers.isEmpty()) {
            directory.findAll(employeeNumbers).forEach(p -> names.put(p.employeeNumber(), p.fullName()));
        }
        return names;
    }

    private static String names(List<String> employeeNumbers, Map<String, String> names) {
        return String.join(
                ", ",
                employeeNumbers.stream().map(n -> names.getOrDefault(n, n)).toList());
    }
}
