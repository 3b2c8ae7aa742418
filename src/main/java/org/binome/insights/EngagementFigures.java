package org.binome.insights;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Engagement: active pairs, recent sessions, sessions and hours per pair per month, stalled pairs, early closures. */
final class EngagementFigures {

    private EngagementFigures() {}

    static Dashboard.Engagement of(Selected s) {
        var started = s.startedPairs();
        int active = 0, recent = 0, stalled = 0, ended = 0;
        long sessions = 0, minutes = 0;
        double months = 0;
        var reasons = new HashMap<String, Integer>();
        for (var p : started) {
            if ("ACTIVE".equals(p.status())) {
                active++;
                if (p.sessionsLast30Days() > 0) {
                    recent++;
                }
                if (p.stalled()) {
                    stalled++;
                }
            }
            if (p.endedEarly()) {
                ended++;
                reasons.merge(p.endReason() == null ? "OTHER" : p.endReason(), 1, Integer::sum);
            }
            sessions += p.sessionsHeld();
            minutes += p.minutesHeld();
            var end = p.endedOn() != null && p.endedOn().isBefore(s.today) ? p.endedOn() : s.today;
            months += Math.max(1, ChronoUnit.DAYS.between(p.startedOn(), end)) / ImpactFigures.DAYS_PER_MONTH;
        }
        var sorted = new LinkedHashMap<String, Integer>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new Dashboard.Engagement(
                Anonymity.shows(started.size(), s.whole().startedPairs().size()),
                started.size(),
                active,
                recent,
                active == 0 ? null : (double) recent / active,
                months == 0 ? null : sessions / months,
                months == 0 ? null : minutes / 60.0 / months,
                stalled,
                ended,
                started.isEmpty() ? null : (double) ended / started.size(),
                sorted);
    }
}
