package org.binome.mentorships;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import org.binome.shared.ReaderDates;
import org.springframework.context.MessageSource;

/**
 * One line of a pair page's list of sessions, its badge's words already in the reader's language.
 *
 * <p>Written out in the template, a line took eleven expressions and a message lookup (the badge's colour and words
 * chosen by two nested conditions each); a pair's list grows with every session planned, so on a long-running pair
 * this list was the bulk of the page. The row template now reads plain values, like the pairs table's ({@link
 * PairRow}), its moment included.
 */
record SessionRow(long id, String when, String badgeClass, String badgeLabel) {

    static List<SessionRow> of(List<SessionView> sessions, MessageSource messages, ZoneId zone, Locale locale) {
        var labels = new EnumMap<SessionBadge, String>(SessionBadge.class);
        var rows = new ArrayList<SessionRow>(sessions.size());
        for (var s : sessions) {
            var badge = s.badge();
            rows.add(new SessionRow(
                    s.id(),
                    ReaderDates.dateTime(s.startsAt(), zone, locale),
                    badge.cssClass(),
                    labels.computeIfAbsent(badge, b -> messages.getMessage(b.messageKey(), null, locale))));
        }
        return rows;
    }
}
