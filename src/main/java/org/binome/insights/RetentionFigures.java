package org.binome.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.binome.people.Bands;
import org.binome.people.EmployeeRecord;

/**
 * Retention: participants against comparable non-participants (same department, seniority band, site and hire
 * cohort), both restricted to the strata where each group has someone, followed for a year at most (Kaplan–Meier), the
 * difference with its 95% interval (Greenwood).
 */
final class RetentionFigures {

    static final int YEAR = 365;
    /** Two-sided 95% normal quantile. */
    static final double Z95 = 1.959964;

    /**
     * The groups retention compares within: department, seniority band, site and hire cohort. A record, not a joined
     * label: the whole directory is grouped by it.
     */
    private record Stratum(String department, String seniority, String site, int hireCohort) {}

    /** A person followed from {@code start}: their stratum and follow-up. */
    private record Followed(String employeeNumber, Stratum stratum, KaplanMeier.FollowUp followUp) {}

    /** A non-participant employed on the index day, followed from it, whatever the filter (applied afterwards). */
    private record Colleague(EmployeeRecord employee, Followed followed) {}

    private final Selected s;
    private List<List<Followed>> matchedGroups;
    private LocalDate matchedOn;

    private RetentionFigures(Selected s) {
        this.s = s;
    }

    static Dashboard.Retention of(Selected s) {
        var figures = new RetentionFigures(s);
        return figures.retention(s.filter.isEmpty() ? figures : new RetentionFigures(s.whole()));
    }

    private static Stratum stratum(EmployeeRecord e, LocalDate on) {
        return new Stratum(
                e.department(),
                Bands.seniority(e.careerStartYear(), e.hireDate(), on),
                e.site(),
                Groups.hireCohort(e.hireDate()));
    }

    /** Followed from {@code start} for a year at most, and never past today. */
    private KaplanMeier.FollowUp followUp(EmployeeRecord e, LocalDate start) {
        int horizon = (int) Math.min(YEAR, ChronoUnit.DAYS.between(start, s.today));
        var left = e.leavingDate();
        if (left != null && !left.isAfter(s.today)) {
            int days = (int) ChronoUnit.DAYS.between(start, left);
            if (days <= horizon) {
                return new KaplanMeier.FollowUp(Math.max(0, days), true);
            }
        }
        return new KaplanMeier.FollowUp(Math.max(0, horizon), false);
    }

    private List<Followed> participants() {
        var result = new ArrayList<Followed>();
        startOf().forEach((number, start) -> {
            var e = s.people.get(number);
            if (e != null
                    && s.filter.matches(e, s.today)
                    && (e.leavingDate() == null || !e.leavingDate().isBefore(start))) {
                result.add(new Followed(number, stratum(e, start), followUp(e, start)));
            }
        });
        result.sort(Comparator.comparing(Followed::employeeNumber));
        return result;
    }

    /**
     * Each member of a started pair of the selected programmes and their first start: the same for every filter, so
     * worked out once per reading of the records ({@link Derived}).
     */
    private Map<String, LocalDate> startOf() {
        return s.data.derived().get(List.of("startOf", s.selectedIds, s.today), this::readStartOf);
    }

    private Map<String, LocalDate> readStartOf() {
        var startOf = new HashMap<String, LocalDate>();
        for (var p : s.data.pairs()) {
            if (!s.selectedIds.contains(p.programId())
                    || p.startedOn() == null
                    || p.startedOn().isAfter(s.today)) {
                continue;
            }
            for (var m : Selected.members(p)) {
                startOf.merge(m, p.startedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return Map.copyOf(startOf);
    }

    /** The day comparable non-participants are followed from: the participants' median start. */
    private static LocalDate indexDay(List<LocalDate> starts) {
        var sorted = starts.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private Dashboard.Retention retention(RetentionFigures whole) {
        var starts = new ArrayList<LocalDate>();
        for (var p : s.data.pairs()) {
            if (s.selectedIds.contains(p.programId())
                    && p.startedOn() != null
                    && !p.startedOn().isAfter(s.today)) {
                Selected.members(p).forEach(m -> starts.add(p.startedOn()));
            }
        }
        var empty = new Dashboard.Retention(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, true, List.of(), List.of());
        if (starts.isEmpty()) {
            return empty;
        }
        var matched = matchedGroups(indexDay(starts));
        var participants = matched.get(0);
        var comparators = matched.get(1);
        if (participants.isEmpty() || comparators.isEmpty()) {
            return empty;
        }
        boolean shown = true;
        if (!s.filter.isEmpty()) {
            var all = whole.matchedGroups(indexDay(starts));
            shown = Anonymity.shows(participants.size(), all.get(0).size())
                    && Anonymity.shows(comparators.size(), all.get(1).size());
        } else {
            shown = participants.size() >= Anonymity.MINIMUM_GROUP && comparators.size() >= Anonymity.MINIMUM_GROUP;
        }
        var p = KaplanMeier.of(participants.stream().map(Followed::followUp).toList());
        var c = KaplanMeier.of(comparators.stream().map(Followed::followUp).toList());
        int horizon =
                participants.stream().mapToInt(f -> f.followUp().days()).max().orElse(0);
        double sp = p.staying(horizon);
        double sc = c.staying(horizon);
        double se = Math.sqrt(p.variance(horizon) + c.variance(horizon));
        var strata = new HashSet<Stratum>();
        participants.forEach(f -> strata.add(f.stratum()));
        return new Dashboard.Retention(
                shown,
                participants.size(),
                comparators.size(),
                (int) participants.stream().filter(f -> f.followUp().left()).count(),
                (int) comparators.stream().filter(f -> f.followUp().left()).count(),
                strata.size(),
                horizon,
                sp,
                sc,
                sp - sc,
                sp - sc - Z95 * se,
                sp - sc + Z95 * se,
                participants.size() < 30 || comparators.size() < 30,
                curve(p, horizon),
                curve(c, horizon));
    }

    /**
     * Participants and comparable non-participants, both restricted to the strata (department, seniority band, site,
     * hire cohort) where both groups have someone. Non-participants are followed from {@code index}, if they worked
     * there that day.
     */
    private List<List<Followed>> matchedGroups(LocalDate index) {
        if (matchedGroups == null || !index.equals(matchedOn)) {
            matchedGroups = readMatchedGroups(index);
            matchedOn = index;
        }
        return matchedGroups;
    }

    private List<List<Followed>> readMatchedGroups(LocalDate index) {
        var participants = participants();
        var comparators = new ArrayList<Followed>();
        for (var c : comparables(index)) {
            if (s.filter.isEmpty() || s.filter.matches(c.employee(), s.today)) {
                comparators.add(c.followed());
            }
        }
        var withParticipants = new HashSet<Stratum>();
        participants.forEach(f -> withParticipants.add(f.stratum()));
        var withComparators = new HashSet<Stratum>();
        comparators.forEach(f -> withComparators.add(f.stratum()));
        return List.of(
                participants.stream()
                        .filter(f -> withComparators.contains(f.stratum()))
                        .toList(),
                comparators.stream()
                        .filter(f -> withParticipants.contains(f.stratum()))
                        .toList());
    }

    /**
     * Everyone who never took part and worked on {@code index}, in the directory's order, with their stratum and
     * follow-up: the same for every filter, so worked out once per reading of the records ({@link Derived}).
     */
    private List<Colleague> comparables(LocalDate index) {
        return s.data.derived().get(List.of("comparables", index, s.today), () -> readComparables(index));
    }

    private List<Colleague> readComparables(LocalDate index) {
        var comparables = new ArrayList<Colleague>();
        if (index.isAfter(s.today)) {
            return comparables;
        }
        var never = s.data.everParticipants();
        for (var e : s.data.employees()) {
            if (never.contains(e.employeeNumber())) {
                continue;
            }
            boolean employed = (e.hireDate() == null || !e.hireDate().isAfter(index))
                    && (e.leavingDate() == null || e.leavingDate().isAfter(index));
            if (employed) {
                comparables.add(
                        new Colleague(e, new Followed(e.employeeNumber(), stratum(e, index), followUp(e, index))));
            }
        }
        return List.copyOf(comparables);
    }

    private static List<Dashboard.CurvePoint> curve(KaplanMeier km, int horizon) {
        var points = new ArrayList<Dashboard.CurvePoint>();
        points.add(new Dashboard.CurvePoint(0, 1.0));
        for (var step : km.steps()) {
            if (step.day() <= horizon) {
                points.add(new Dashboard.CurvePoint(step.day(), step.staying()));
            }
        }
        points.add(new Dashboard.CurvePoint(horizon, km.staying(horizon)));
        return points;
    }
}
