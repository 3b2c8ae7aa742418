package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.mentorships.Mentorships;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.support.MovingClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A programme's settings changed (programs' {@code ProgramChanged}): the kept records read again the programme's
 * pairs only when its cadence changed (their health depends on it), without their sessions, and no pair otherwise, and the figures after the
 * change are those of a node reading everything from scratch.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
@Import(MovingClock.Replacing.class)
class ImpactProgrammeSettingsTests {

    @Autowired
    ImpactReports reports;

    @Autowired
    ImpactRecords records;

    @Autowired
    Programs programs;

    @Autowired
    Mentorships mentorships;

    @Autowired
    MovingClock clock;

    @Autowired
    ApplicationContext context;

    private final org.binome.identity.BinomeUser admin = TestUsers.person("admin", "ML00002", "fr", Role.ADMIN);

    /** A node of its own that has kept nothing: what a full read computes now. */
    private Dashboard fromScratch(long programme) {
        return new FreshNode(context).fromScratch(admin, programme);
    }

    /** The demo's running programme: active pairs, and a cadence of its own (the form cannot save "none"). */
    private long running() {
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        var pairs = records.of(all).pairs();
        return programs.findAll().stream()
                .filter(p -> p.frequencyDays() != null)
                .max(java.util.Comparator.comparingLong(p -> pairs.stream()
                        .filter(r -> r.programId() == p.id() && "ACTIVE".equals(r.status()))
                        .count()))
                .orElseThrow()
                .id();
    }

    @Test
    void aCadenceChangedReadsTheProgrammesPairsOnlyAndTheViewShowsItsEffect() {
        long programme = running();
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        var cadence = programs.find(programme).orElseThrow().frequencyDays();
        // Ten weeks on, with no session logged meanwhile: how many pairs stall depends on the cadence.
        clock.set(Instant.now().plus(Duration.ofDays(70)));
        records.clear();
        try {
            var before = reports.dashboard(reports.select(admin, programme), Filter.NONE);
            long ofProgramme = records.of(all).pairs().stream()
                    .filter(p -> p.programId() == programme)
                    .count();
            long others = records.of(all).pairs().size() - ofProgramme;
            assertThat(ofProgramme).as("the demo's programme has pairs").isPositive();
            assertThat(others).as("and other pairs, which stay as read").isPositive();
            var stalled = new java.util.TreeSet<Integer>();
            stalled.add(before.engagement().stalled());
            try {
                // A day's cadence and a year's (no pair stalls for want of a session then).
                for (int everyDays : new int[] {1, 365}) {
                    long read = records.pairsRead();
                    long sessionsRead = records.sessionsRead();
                    TestProgrammes.changeCadence(programs, programme, everyDays);

                    var after = reports.dashboard(reports.select(admin, programme), Filter.NONE);

                    assertThat(records.pairsRead() - read)
                            .as("the programme's pairs read again, no other")
                            .isEqualTo(ofProgramme);
                    assertThat(records.sessionsRead() - sessionsRead)
                            .as("without their sessions: those kept are still true (the clock did not move)")
                            .isZero();
                    stalled.add(after.engagement().stalled());
                    var full = fromScratch(programme);
                    assertThat(after.participation()).isEqualTo(full.participation());
                    assertThat(after.engagement()).isEqualTo(full.engagement());
                    assertThat(after.retention()).isEqualTo(full.retention());
                    assertThat(after.links()).isEqualTo(full.links());
                    assertThat(records.of(all).pairs())
                            .as("the kept records are those every pair read now gives")
                            .isEqualTo(mentorships.pairRecords(all));
                }
                assertThat(stalled)
                        .as("the pairs to follow up follow the cadence")
                        .hasSizeGreaterThan(1);
            } finally {
                TestProgrammes.changeCadence(programs, programme, cadence);
            }
            var restored = reports.dashboard(reports.select(admin, programme), Filter.NONE);
            assertThat(restored.engagement()).as("back as before").isEqualTo(before.engagement());
        } finally {
            clock.set(Instant.now());
            records.clear();
        }
    }

    @Test
    void anotherSettingChangedReadsNoPairAndTheFiguresStayAFullReadsFigures() {
        long programme = running();
        var all = programs.findAll().stream().map(ProgramView::id).toList();
        var view = programs.find(programme).orElseThrow();
        reports.dashboard(reports.select(admin, programme), Filter.NONE);
        records.of(all);
        long read = records.pairsRead();
        try {
            // The same cadence saved again (the form saves every field): a programme edited, its pairs' health intact.
            TestProgrammes.changeCadence(programs, programme, view.frequencyDays());
            assertThat(programs.find(programme).orElseThrow().version())
                    .as("a new version of the programme")
                    .isGreaterThan(view.version());

            var after = reports.dashboard(reports.select(admin, programme), Filter.NONE);

            assertThat(records.pairsRead()).as("no pair read again").isEqualTo(read);
            var full = fromScratch(programme);
            assertThat(after.participation()).isEqualTo(full.participation());
            assertThat(after.engagement()).isEqualTo(full.engagement());
            assertThat(after.retention()).isEqualTo(full.retention());
            assertThat(after.links()).isEqualTo(full.links());
        } finally {
            records.clear();
        }
    }
}
