package org.binome.mentorships;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.Html;
import org.binome.shared.HtmlRow;
import org.binome.shared.ReaderDates;
import org.springframework.context.MessageSource;

/**
 * One row of the administrator's pairs table with its words already in the reader's language.
 *
 * <p>Written out in the template, a row took some thirty-five expressions (three fragments, a message key built from
 * each status, health and role, a message with three figures); on a page of 50 rows that was most of the page's
 * time (profile of {@code /admin/mentorships}: Thymeleaf and SpEL 75 % of its samples). Here each word is looked up
 * once in Java and the row template reads plain values; the last and next session's moments too, which took four
 * expressions a row (profile of the same page on PostgreSQL: Thymeleaf still 58 %). Even so the rows were 40 % of the
 * page's CPU (the page without them: 0.95 ms a request instead of 1.6), so a row writes its own markup ({@link
 * HtmlRow}, {@code bn:rows} in {@code mentorships/admin-pairs.html}):
 *
 * <pre>{@code
 * <tr class="pair-row pair-stalled">
 *   <td><a href="/admin/mentorships/42"><span><span><span>Name</span> <small class="text-body-secondary">(mentor)</small>, </span>...</span></a>
 *       <span class="badge text-bg-light">collectif</span></td>                    (a group only)
 *   <td><span class="badge mentorship-status ms-active">Actif</span>
 *       <span class="small d-block text-body-secondary">Lancement en attente</span></td>  (kick-off pending only)
 *   <td><span class="badge health-badge health-stalled">À l'arrêt</span><span class="small d-block">reason</span>...</td>
 *   <td>last session</td><td>next session</td><td>objectives</td>
 * </tr>
 * }</pre>
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
        String objectives)
        implements HtmlRow {

    @Override
    public void write(Html html) {
        html.markup(stalled ? "<tr class=\"pair-row pair-stalled\">" : "<tr class=\"pair-row\">")
                .markup("<td><a")
                .attribute("href", html.link("/admin/mentorships/") + id)
                .markup("><span>");
        for (var m : members) {
            html.markup("<span>")
                    .element("span", null, m.name())
                    .markup(" ")
                    .element("small", "text-body-secondary", m.role())
                    .text(m.separator())
                    .markup("</span>");
        }
        html.markup("</span></a>");
        if (group) {
            html.markup(" ").element("span", "badge text-bg-light", html.message("mentorships.group"));
        }
        html.markup("</td><td><span class=\"badge mentorship-status ")
                .text(statusClass)
                .markup("\">")
                .text(statusLabel)
                .markup("</span>");
        if (kickOffPending) {
            html.markup(" ")
                    .element(
                            "span",
                            "small d-block text-body-secondary",
                            html.message("mentorships.admin.kickOffPending"));
        }
        html.markup("</td><td><span class=\"badge health-badge ")
                .text(healthClass)
                .markup("\">")
                .text(healthLabel)
                .markup("</span>");
        for (var r : reasons) {
            html.element("span", "small d-block", r);
        }
        html.markup("</td>")
                .element("td", null, lastSession)
                .element("td", null, nextSession)
                .element("td", null, objectives)
                .markup("</tr>\n");
    }

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
