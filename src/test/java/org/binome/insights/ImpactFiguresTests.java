package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import org.binome.programs.ParticipantRole;
import org.junit.jupiter.api.Test;

/** Every figure of the dashboard on the hand-built {@link ImpactDataset}, with the expected values worked out here. */
class ImpactFiguresTests {

    private static final double EPS = 1e-9;

    private final Dashboard all = ImpactFigures.of(ImpactDataset.data(), Filter.NONE);

    @Test
    void participationCountsApplicantsAndAcceptedPerRoleAgainstTheEligible() {
        var p = all.participation();
        assertThat(p.shown()).isTrue();
        // Mentors: seniority <= 10 and active: M1-M6, C2-C6 (C1 left), A1, A2 = 13; applicants M1-M6 and A1 (A2
        // withdrew) = 7, all accepted.
        var mentors = p.roles().get(0);
        assertThat(mentors.role()).isEqualTo(ParticipantRole.MENTOR);
        assertThat(mentors.eligible()).isEqualTo(13);
        assertThat(mentors.applicants()).isEqualTo(7);
        assertThat(mentors.accepted()).isEqualTo(7);
        assertThat(mentors.applicantShare()).isCloseTo(7 / 13.0, within(EPS));
        // Mentees: seniority >= 20 and active: E1-E5 (E6 left), D3-D6 (D1, D2 left) = 9; applicants E1-E6.
        var mentees = p.roles().get(1);
        assertThat(mentees.eligible()).isEqualTo(9);
        assertThat(mentees.applicants()).isEqualTo(6);
        assertThat(mentees.accepted()).isEqualTo(6);
        // 12 of the 13 accepted are in a pair (A1 is not).
        assertThat(p.accepted()).isEqualTo(13);
        assertThat(p.matched()).isEqualTo(12);
        assertThat(p.matchRate()).isCloseTo(12 / 13.0, within(EPS));
        // Six mentors waited 19 days (1 -> 20 December), six mentees 10 days (10 -> 20 December): median 14.5.
        assertThat(p.medianDaysToMatch()).isEqualTo(14.5);
    }

    @Test
    void engagementCountsActivePairsSessionsPerMonthStalledPairsAndEarlyClosures() {
        var e = all.engagement();
        assertThat(e.shown()).isTrue();
        assertThat(e.started()).isEqualTo(6);
        assertThat(e.active()).isEqualTo(4);
        assertThat(e.activeWithRecentSession()).isEqualTo(2);
        assertThat(e.recentShare()).isEqualTo(0.5);
        assertThat(e.stalled()).isEqualTo(2);
        assertThat(e.endedEarly()).isEqualTo(1);
        assertThat(e.earlyClosureRate()).isCloseTo(1 / 6.0, within(EPS));
        assertThat(e.endReasons()).containsExactly(Map.entry("LEAVING", 1));
        // Pair-days: four active pairs 1 Jan -> 1 Jul = 181 days each, P5 until 1 June = 151, P6 until 1 March = 59.
        double months = (4 * 181 + 151 + 59) / (365.25 / 12);
        assertThat(e.sessionsPerPairMonth()).isCloseTo(26 / months, within(EPS));
        assertThat(e.hoursPerPairMonth()).isCloseTo(1560 / 60.0 / months, within(EPS));
    }

    @Test
    void retentionComparesMatchedGroupsWithKaplanMeierAndA95PercentInterval() {
        var r = all.retention();
        assertThat(r.shown()).isTrue();
        // M1 (IT, Lyon) has no comparable colleague: left out. Participants M2-M6 and E1-E6 = 11.
        assertThat(r.participants()).isEqualTo(11);
        // C2-C6 and A2 (withdrew, so never took part) like the mentors, D1-D6 like the mentees = 12; C1 left before
        // the start and X1 (HR) has no participant in her stratum.
        assertThat(r.comparators()).isEqualTo(12);
        assertThat(r.strata()).isEqualTo(2);
        assertThat(r.participantsLeft()).isEqualTo(1);
        assertThat(r.comparatorsLeft()).isEqualTo(2);
        assertThat(r.horizonDays()).isEqualTo(181);
        assertThat(r.horizonMonths()).isEqualTo(6);
        // Participants: E6 left on day 59 among 11: S = 10/11, Greenwood sum 1/(11*10).
        double sp = 10 / 11.0;
        double vp = sp * sp * (1 / (11.0 * 10));
        // Comparators: D1 on day 45 among 12, D2 on day 120 among 11: S = 11/12 * 10/11.
        double sc = 11 / 12.0 * 10 / 11.0;
        double vc = sc * sc * (1 / (12.0 * 11) + 1 / (11.0 * 10));
        assertThat(r.participantRate()).isCloseTo(sp, within(EPS));
        assertThat(r.comparatorRate()).isCloseTo(sc, within(EPS));
        assertThat(r.difference()).isCloseTo(sp - sc, within(EPS));
        double half = 1.959964 * Math.sqrt(vp + vc);
        assertThat(r.low()).isCloseTo(sp - sc - half, within(EPS));
        assertThat(r.high()).isCloseTo(sp - sc + half, within(EPS));
        assertThat(r.clear()).as("the interval contains zero").isFalse();
        assertThat(r.indicative()).as("groups under 30 people").isTrue();
        assertThat(r.participantCurve())
                .containsExactly(
                        new Dashboard.CurvePoint(0, 1.0),
                        new Dashboard.CurvePoint(59, sp),
                        new Dashboard.CurvePoint(181, sp));
        assertThat(r.comparatorCurve()).extracting(Dashboard.CurvePoint::day).containsExactly(0, 45, 120, 181);
    }

    @Test
    void linksCountPairsAcrossDepartmentsSitesAndGenerationsAndMapDepartments() {
        var l = all.links();
        assertThat(l.shown()).isTrue();
        assertThat(l.pairs()).isEqualTo(6);
        assertThat(l.crossDepartment()).isEqualTo(1.0);
        assertThat(l.crossSite()).as("M1 and E1 both work in Lyon").isCloseTo(5 / 6.0, within(EPS));
        assertThat(l.crossGeneration()).isEqualTo(1.0);
        assertThat(l.departments()).containsExactly("IT", "Sales");
        assertThat(l.map()).containsExactly(java.util.List.of(0, 6), java.util.List.of(0, 0));
    }

    @Test
    void aDepartmentFilterKeepsItsPeopleAndThePairsTheyBelongTo() {
        var it = ImpactFigures.of(ImpactDataset.data(), new Filter("IT", null, null, null));
        assertThat(it.participation().shown()).isTrue();
        assertThat(it.participation().roles().get(0).applicants()).isEqualTo(7);
        assertThat(it.participation().roles().get(0).eligible()).isEqualTo(13);
        assertThat(it.participation().roles().get(1).applicants()).isZero();
        assertThat(it.engagement().started()).as("every pair has an IT mentor").isEqualTo(6);
        assertThat(it.retention().participants()).isEqualTo(5);
        assertThat(it.retention().comparators()).isEqualTo(6);
        assertThat(it.retention().shown()).isTrue();
    }

    @Test
    void aFilterIsHiddenWhenItsGroupOrWhatItLeavesOutHasFewerThanFivePeople() {
        var hr = ImpactFigures.of(ImpactDataset.data(), new Filter("HR", null, null, null));
        assertThat(hr.participation().shown()).isFalse();
        assertThat(hr.engagement().shown()).isFalse();
        assertThat(hr.retention().shown()).isFalse();
        assertThat(hr.links().shown()).isFalse();
        // Paris: five pairs of six have a member there; the one left out would be all - Paris.
        var paris = ImpactFigures.of(ImpactDataset.data(), new Filter(null, "Paris", null, null));
        assertThat(paris.engagement().started()).isEqualTo(5);
        assertThat(paris.engagement().shown()).isFalse();
        assertThat(paris.links().shown()).isFalse();
        assertThat(paris.participation().shown())
                .as("6 applicants in Paris, 7 elsewhere")
                .isTrue();
    }

    @Test
    void noFilterCombinationShowsAFigureAboutFewerThanFivePeople() {
        var data = ImpactDataset.data();
        var departments = Arrays.asList(null, "IT", "Sales", "HR");
        var sites = Arrays.asList(null, "Paris", "Lyon");
        var generations = new ArrayList<String>(org.binome.people.Bands.GENERATIONS);
        generations.add(null);
        var seniorities = new ArrayList<String>(org.binome.people.Bands.SENIORITY);
        seniorities.add(null);
        int combinations = 0;
        int hidden = 0;
        for (var d : departments) {
            for (var s : sites) {
                for (var g : generations) {
                    for (var b : seniorities) {
                        var f = ImpactFigures.of(data, new Filter(d, s, g, b));
                        combinations++;
                        var p = f.participation();
                        long applicants = p.roles().stream()
                                .mapToLong(Dashboard.RoleFigures::applicants)
                                .sum();
                        if (p.shown()) {
                            assertThat(applicants).isGreaterThanOrEqualTo(5);
                            leavesOutNoneOrEnough(13 - applicants);
                        } else {
                            hidden++;
                        }
                        if (f.engagement().shown()) {
                            assertThat(f.engagement().started()).isGreaterThanOrEqualTo(5);
                            leavesOutNoneOrEnough(6 - f.engagement().started());
                        }
                        if (f.links().shown()) {
                            assertThat(f.links().pairs()).isGreaterThanOrEqualTo(5);
                        }
                        var r = f.retention();
                        if (r.shown()) {
                            assertThat(r.participants()).isGreaterThanOrEqualTo(5);
                            assertThat(r.comparators()).isGreaterThanOrEqualTo(5);
                            leavesOutNoneOrEnough(11 - r.participants());
                            leavesOutNoneOrEnough(12 - r.comparators());
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(4 * 3 * 6 * 6);
        assertThat(hidden).as("the sweep meets hidden groups").isPositive();
    }

    /** What a filter leaves out is nobody, or enough people that all minus the selection describes no small group. */
    private static void leavesOutNoneOrEnough(long leftOut) {
        assertThat(leftOut == 0 || leftOut >= Anonymity.MINIMUM_GROUP)
                .as("left out: %d", leftOut)
                .isTrue();
    }
}
