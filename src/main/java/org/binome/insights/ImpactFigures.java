package org.binome.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.binome.mentorships.PairRecord;
import org.binome.people.Bands;
import org.binome.people.EmployeeRecord;
import org.binome.people.PersonStatus;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramView;

/**
 * The dashboard's figures: a pure function of the data and the filter (no clock, no database), so that each figure
 * can be checked by hand on a small dataset.
 *
 * <p>Over 400 lines: the four blocks of the dashboard (participation, engagement, retention with its matched
 * comparison, links between people) share the same filtered applicants and pairs, computed once per call; each block
 * is a method that can be read against the definitions in the README, and the statistics themselves live apart
 * ({@code KaplanMeier}).
 */
final class ImpactFigures {

    static final int YEAR = 365;
    static final double DAYS_PER_MONTH = 365.25 / 12;
    /** Two-sided 95% normal quantile. */
    static final double Z95 = 1.959964;

    private final ImpactData data;
    private final Filter filter;
    private final Map<String, EmployeeRecord> people;
    private final Set<Long> selectedIds;
    private final LocalDate today;

    private ImpactFigures(ImpactData data, Filter filter) {
        this.data = data;
        this.filter = filter;
        this.people = data.byNumber();
        this.selectedIds = data.selectedIds();
        this.today = data.today();
    }

    static Dashboard of(ImpactData data, Filter filter) {
        var figures = new ImpactFigures(data, filter);
        var whole = filter.isEmpty() ? figures : new ImpactFigures(data, Filter.NONE);
        return new Dashboard(
                filter,
                figures.participation(whole.applicants().size()),
                figures.engagement(whole.startedPairs().size()),
                figures.retention(whole),
                figures.links(whole.startedPairs().size()));
    }

    /** One part alone (the others kept elsewhere): participation. */
    static Dashboard.Participation participation(ImpactData data, Filter filter) {
        var figures = new ImpactFigures(data, filter);
        var whole = filter.isEmpty() ? figures : new ImpactFigures(data, Filter.NONE);
        return figures.participation(whole.applicants().size());
    }

    static Dashboard.Engagement engagement(ImpactData data, Filter filter) {
        var figures = new ImpactFigures(data, filter);
        var whole = filter.isEmpty() ? figures : new ImpactFigures(data, Filter.NONE);
        return figures.engagement(whole.startedPairs().size());
    }

    static Dashboard.Retention retention(ImpactData data, Filter filter) {
        var figures = new ImpactFigures(data, filter);
        return figures.retention(filter.isEmpty() ? figures : new ImpactFigures(data, Filter.NONE));
    }

    static Dashboard.Links links(ImpactData data, Filter filter) {
        var figures = new ImpactFigures(data, filter);
        var whole = filter.isEmpty() ? figures : new ImpactFigures(data, Filter.NONE);
        return figures.links(whole.startedPairs().size());
    }

    // ---- participation

    private List<ApplicationRecord> applicants;
    private List<PairRecord> startedPairs;
    private List<List<Followed>> matchedGroups;
    private LocalDate matchedOn;

    private List<ApplicationRecord> applicants() {
        if (applicants == null) {
            applicants = readApplicants();
        }
        return applicants;
    }

    private List<ApplicationRecord> readApplicants() {
        return data.applications().stream()
                .filter(a -> selectedIds.contains(a.programId()))
                .filter(a -> a.status() != ApplicationStatus.WITHDRAWN)
                .filter(a -> filter.matches(people.get(a.employeeNumber()), today))
                .toList();
    }

    private Dashboard.Participation participation(int wholeApplicants) {
        var applicants = applicants();
        var roles = new ArrayList<Dashboard.RoleFigures>();
        for (var role : ParticipantRole.values()) {
            var ofRole = applicants.stream().filter(a -> a.role() == role).toList();
            roles.add(new Dashboard.RoleFigures(
                    role,
                    eligible(role),
                    distinct(ofRole),
                    distinct(ofRole.stream()
                            .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                            .toList())));
        }
        // Matched: an accepted applicant who is a member of a pair of the same programme; time from application to the
        // day the pair was proposed.
        var pairedOn = new HashMap<String, LocalDate>();
        for (var pair : data.pairs()) {
            if (!selectedIds.contains(pair.programId())) {
                continue;
            }
            for (var member : members(pair)) {
                pairedOn.merge(pair.programId() + "/" + member, pair.createdOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        long accepted = 0;
        long matched = 0;
        var days = new ArrayList<Long>();
        for (var a : applicants) {
            if (a.status() != ApplicationStatus.ACCEPTED) {
                continue;
            }
            accepted++;
            var on = pairedOn.get(a.programId() + "/" + a.employeeNumber());
            if (on != null) {
                matched++;
                var submitted = LocalDate.ofInstant(a.submittedAt(), data.zone());
                days.add(Math.max(0, ChronoUnit.DAYS.between(submitted, on)));
            }
        }
        return new Dashboard.Participation(
                Anonymity.shows(applicants.size(), wholeApplicants),
                roles,
                accepted,
                matched,
                accepted == 0 ? null : (double) matched / accepted,
                median(days));
    }

    /** Active employees today under the filter who fit the role's seniority rule of at least one selected programme. */
    private long eligible(ParticipantRole role) {
        long count = 0;
        for (var person : data.employees()) {
            if (person.status() != PersonStatus.ACTIVE || !filter.matches(person, today)) {
                continue;
            }
            int seniority = ProgramView.seniority(person.careerStartYear(), person.hireDate(), today);
            for (var programme : data.selected()) {
                var limit = role == ParticipantRole.MENTOR
                        ? programme.mentorMaxSeniority()
                        : programme.menteeMinSeniority();
                boolean fits =
                        limit == null || (role == ParticipantRole.MENTOR ? seniority <= limit : seniority >= limit);
                if (fits) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static long distinct(List<ApplicationRecord> applications) {
        return applications.stream()
                .map(ApplicationRecord::employeeNumber)
                .distinct()
                .count();
    }

    // ---- engagement

    private List<PairRecord> startedPairs() {
        if (startedPairs == null) {
            startedPairs = readStartedPairs();
        }
        return startedPairs;
    }

    private List<PairRecord> readStartedPairs() {
        return data.pairs().stream()
                .filter(p -> selectedIds.contains(p.programId()))
                .filter(p -> p.startedOn() != null && !"PROPOSED".equals(p.status()))
                .filter(p ->
                        filter.isEmpty() || members(p).stream().anyMatch(m -> filter.matches(people.get(m), today)))
                .toList();
    }

    private Dashboard.Engagement engagement(int wholeStarted) {
        var started = startedPairs();
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
            var end = p.endedOn() != null && p.endedOn().isBefore(today) ? p.endedOn() : today;
            months += Math.max(1, ChronoUnit.DAYS.between(p.startedOn(), end)) / DAYS_PER_MONTH;
        }
        var sorted = new LinkedHashMap<String, Integer>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new Dashboard.Engagement(
                Anonymity.shows(started.size(), wholeStarted),
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

    // ---- retention

    /**
     * The groups retention compares within: department, seniority band, site and hire cohort. A record, not a joined
     * label: the whole directory is grouped by it.
     */
    private record Stratum(String department, String seniority, String site, int hireCohort) {}

    /** A person followed from {@code start}: their stratum and follow-up. */
    private record Followed(String employeeNumber, Stratum stratum, KaplanMeier.FollowUp followUp) {}

    /** A non-participant employed on the index day, followed from it, whatever the filter (applied afterwards). */
    private record Colleague(EmployeeRecord employee, Followed followed) {}

    private static Stratum stratum(EmployeeRecord e, LocalDate on) {
        return new Stratum(
                e.department(),
                Bands.seniority(e.careerStartYear(), e.hireDate(), on),
                e.site(),
                Groups.hireCohort(e.hireDate()));
    }

    /** Followed from {@code start} for a year at most, and never past today. */
    private KaplanMeier.FollowUp followUp(EmployeeRecord e, LocalDate start) {
        int horizon = (int) Math.min(YEAR, ChronoUnit.DAYS.between(start, today));
        var left = e.leavingDate();
        if (left != null && !left.isAfter(today)) {
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
            var e = people.get(number);
            if (e != null
                    && filter.matches(e, today)
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
        return data.derived().get(List.of("startOf", selectedIds, today), this::readStartOf);
    }

    private Map<String, LocalDate> readStartOf() {
        var startOf = new HashMap<String, LocalDate>();
        for (var p : data.pairs()) {
            if (!selectedIds.contains(p.programId())
                    || p.startedOn() == null
                    || p.startedOn().isAfter(today)) {
                continue;
            }
            for (var m : members(p)) {
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

    private Dashboard.Retention retention(ImpactFigures whole) {
        var starts = new ArrayList<LocalDate>();
        for (var p : data.pairs()) {
            if (selectedIds.contains(p.programId())
                    && p.startedOn() != null
                    && !p.startedOn().isAfter(today)) {
                members(p).forEach(m -> starts.add(p.startedOn()));
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
        if (!filter.isEmpty()) {
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
            if (filter.isEmpty() || filter.matches(c.employee(), today)) {
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
        return data.derived().get(List.of("comparables", index, today), () -> readComparables(index));
    }

    private List<Colleague> readComparables(LocalDate index) {
        var comparables = new ArrayList<Colleague>();
        if (index.isAfter(today)) {
            return comparables;
        }
        var never = data.everParticipants();
        for (var e : data.employees()) {
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

    // ---- links

    private Dashboard.Links links(int wholeStarted) {
        var started = startedPairs();
        int dept = 0, site = 0, gen = 0;
        var departments = new TreeSet<String>();
        var cells = new HashMap<String, Integer>();
        for (var p : started) {
            var ds = new HashSet<String>();
            var ss = new HashSet<String>();
            var gs = new HashSet<String>();
            for (var m : members(p)) {
                var e = people.get(m);
                if (e != null) {
                    ds.add(e.department());
                    ss.add(e.site());
                    gs.add(Bands.generation(e.birthYear()));
                }
            }
            dept += ds.size() > 1 ? 1 : 0;
            site += ss.size() > 1 ? 1 : 0;
            gen += gs.size() > 1 ? 1 : 0;
            for (var mentor : p.mentors()) {
                for (var mentee : p.mentees()) {
                    var a = people.get(mentor);
                    var b = people.get(mentee);
                    if (a != null && b != null) {
                        departments.add(a.department());
                        departments.add(b.department());
                        cells.merge(a.department() + "\n" + b.department(), 1, Integer::sum);
                    }
                }
            }
        }
        var order = List.copyOf(departments);
        var map = new ArrayList<List<Integer>>();
        for (var row : order) {
            var line = new ArrayList<Integer>();
            for (var column : order) {
                line.add(cells.getOrDefault(row + "\n" + column, 0));
            }
            map.add(List.copyOf(line));
        }
        int n = started.size();
        return new Dashboard.Links(
                Anonymity.shows(n, wholeStarted),
                n,
                n == 0 ? null : (double) dept / n,
                n == 0 ? null : (double) site / n,
                n == 0 ? null : (double) gen / n,
                order,
                List.copyOf(map));
    }

    // ---- helpers

    private static List<String> members(PairRecord p) {
        var all = new ArrayList<String>(p.mentors().size() + p.mentees().size());
        all.addAll(p.mentors());
        all.addAll(p.mentees());
        return all;
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
