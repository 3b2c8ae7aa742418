package org.binome.mentorships;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.ReaderDates;
import org.springframework.context.MessageSource;

/**
 * One row of the administrator's pairs table with its words already in the reader's language.
 *
 * <p>Written out in the template, a row took some thirty-five expressions (three fragments, a message key built from
 * each status, health and role, a message with three figures); on a page of 50 rows that was most of the page's
 * time (profile of {@code /admin/mentorships}: Thymeleaf and SpEL 75 % of its samples). Here each word is looked up
 * once in Java and the row template reads plain values; the last and next session's moments too, which took four
 * expressions a row (profile of the same page on PostgreSQL: Thymeleaf still 58 %).
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
        String lastSession,
        String nextSession,
        String objectives) {

    /** A member's name, side and the separator that follows them in the list. */
    record Member(String name, String role, String separator) {}

    /** What a date cell shows for no session. */
    static final String NONE = "—";

    static List<PairRow> of(List<PairStatus> pairs, MessageSource messages, ZoneId zone, Locale locale) {
        var rows = new ArrayList<PairRow>(pairs.size());
        for (var p : pairs) {
            rows.add(of(p, messages, zone, locale));
        }
        return rows;
    }

    private static PairRow of(PairStatus p, MessageSource messages, ZoneId zone, Locale locale) {
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
                moment(p.lastSessionAt(), zone, locale),
                moment(p.nextSessionAt(), zone, locale),
                messages.getMessage(
                        "mentorships.admin.objectivesCell",
                        new Object[] {p.objectivesReached(), p.objectivesInProgress(), p.objectivesTotal()},
                        locale));
    }

    private static String moment(Instant at, ZoneId zone, Locale locale) {
        return at == null ? NONE : ReaderDates.dateTime(at, zone, locale);
    }
}
