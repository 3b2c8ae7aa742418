package org.binome.mentorships;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One row of the administrator's pairs table with its words already in the reader's language.
 *
 * <p>Written out in the template, a row took some thirty-five expressions (three fragments, a message key built from
 * each status, health and role, a message with three figures); on a page of 50 rows that was most of the page's
 * time (profile of {@code /admin/mentorships}: Thymeleaf and SpEL 75 % of its samples). Here each word is looked up
 * once in Java and the row template reads plain values.
 */
record PairRow(
        long id,
        List<Member> members,
        boolean group,
        String statusClass,
        String statusLabel,
        boolean kickOffPending,
        String healthClass,
        String healthLabel,
        boolean stalled,
        List<String> reasons,
        Instant lastSessionAt,
        Instant nextSessionAt,
        String objectives) {

    /** A member's name, side and the separator that follows them in the list. */
    record Member(String name, String role, String separator) {}

    static List<PairRow> of(List<PairStatus> pairs, MessageSource messages, Locale locale) {
        var rows = new ArrayList<PairRow>(pairs.size());
        for (var p : pairs) {
            rows.add(of(p, messages, locale));
        }
        return rows;
    }

    private static PairRow of(PairStatus p, MessageSource messages, Locale locale) {
        var members = new ArrayList<Member>(p.members().size());
        for (int i = 0; i < p.members().size(); i++) {
            var m = p.members().get(i);
            members.add(new Member(
                    m.name(),
                    "(" + messages.getMessage("mentorships.role." + m.role().name(), null, locale) + ")",
                    i < p.members().size() - 1 ? ", " : ""));
        }
        var reasons = new ArrayList<String>(p.reasons().size());
        for (var r : p.reasons()) {
            reasons.add(messages.getMessage("mentorships.stall." + r.name(), null, locale));
        }
        return new PairRow(
                p.mentorshipId(),
                members,
                p.group(),
                "ms-" + p.status().name().toLowerCase(Locale.ROOT),
                messages.getMessage("mentorships.status." + p.status().name(), null, locale),
                p.status() == MentorshipStatus.ACTIVE && !p.kickOffDone(),
                "health-" + p.health().name().toLowerCase(Locale.ROOT),
                messages.getMessage("mentorships.health." + p.health().name(), null, locale),
                p.health() == Health.STALLED,
                reasons,
                p.lastSessionAt(),
                p.nextSessionAt(),
                messages.getMessage(
                        "mentorships.admin.objectivesCell",
                        new Object[] {p.objectivesReached(), p.objectivesInProgress(), p.objectivesTotal()},
                        locale));
    }
}
