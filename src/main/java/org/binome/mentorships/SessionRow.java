package org.binome.mentorships;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One line of a pair page's list of sessions, its badge's words already in the reader's language.
 *
 * <p>Written out in the template, a line took eleven expressions and a message lookup (the badge's colour and words
 * chosen by two nested conditions each); a pair's list grows with every session planned, so on a long-running pair
 * this list was the bulk of the page. The row template now reads plain values, like the pairs table's ({@link
 * PairRow}).
 */
record SessionRow(long id, Instant startsAt, String badgeClass, String badgeLabel) {

    static List<SessionRow> of(List<SessionView> sessions, MessageSource messages, Locale locale) {
        var labels = new EnumMap<SessionBadge, String>(SessionBadge.class);
        var rows = new ArrayList<SessionRow>(sessions.size());
        for (var s : sessions) {
            var badge = s.badge();
            rows.add(new SessionRow(
                    s.id(),
                    s.startsAt(),
                    badge.cssClass(),
                    labels.computeIfAbsent(badge, b -> messages.getMessage(b.messageKey(), null, locale))));
        }
        return rows;
    }
}
