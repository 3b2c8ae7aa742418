package org.binome.matching;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.binome.programs.ProgramFormat;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgramView;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a programme's matching in the background. The run row holds the progress (so any node can show it) and its
 * status: a cancel marks it CANCELLED, which the running job notices at its next progress update. The new drafts
 * replace the old ones in a single transaction at the very end, only if the run is still RUNNING, so a run that fails
 * or is cancelled leaves the previous proposals untouched.
 */
@Service
class MatchingRuns {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingRuns.class);

    /**
     * This process (pid and start time, {@link org.binome.shared.LocalProcess}): a run it started is RUNNING for real
     * as long as the process lives.
     */
    static final String PROCESS = org.binome.shared.LocalProcess.current().id();

    static final String NODE = org.binome.shared.LocalProcess.hostName();
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private final CohortSource source;
    private final MatchingRunRepository runs;
    private final ProposalRepository proposals;
    private final JdbcClient jdbc;
    private final TaskExecutor executor;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration timeout;

    private final org.binome.privacy.AuditLog audit;

    MatchingRuns(
            CohortSource source,
            MatchingRunRepository runs,
            ProposalRepository proposals,
            JdbcClient jdbc,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${binome.matching.run-timeout:PT30M}") Duration timeout,
            org.binome.privacy.AuditLog audit) {
        this.audit = audit;
        this.source = source;
        this.runs = runs;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.executor = executor;
        this.transaction = transaction;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Checks the cohort, records a RUNNING run and starts it in the background. */
    MatchingRun start(long programId, String startedBy) {
        return start(programId, startedBy, 1);
    }

    /** @param mentorsPerGroup for group mentoring: 1, or 2 to give each group a second mentor where possible */
    MatchingRun start(long programId, String startedBy, int mentorsPerGroup) {
        var run = prepare(programId, startedBy, mentorsPerGroup);
        executor.execute(() -> execute(run.id));
        return run;
    }

    /** The same, in the caller's thread (setup tools, demo data). */
    MatchingRun runNow(long programId, String startedBy) {
        var run = prepare(programId, startedBy, 1);
        execute(run.id);
        return runs.findById(run.id).orElseThrow();
    }

    private MatchingRun prepare(long programId, String startedBy, int mentorsPerGroup) {
        if (mentorsPerGroup < 1 || mentorsPerGroup > 2) {
            throw RuleViolation.invalid("matching.error.mentorsPerGroup");
        }
        var program = source.program(programId);
        if (program.status() == ProgramStatus.DRAFT || program.status() == ProgramStatus.CLOSED) {
            throw RuleViolation.conflict("matching.error.programStatus");
        }
        var cohort = source.cohort(program);
        if (cohort.isEmpty()) {
            throw RuleViolation.invalid("matching.error.emptyCohort");
        }
        if (cohort.mentors().isEmpty()) {
            throw RuleViolation.invalid("matching.error.noMentors");
        }
        if (cohort.mentees().isEmpty()) {
            throw RuleViolation.invalid("matching.error.noMentees");
        }
        return transaction.execute(status -> {
            interruptTimedOut(programId);
            if (runs.findFirstByProgramIdAndStatusOrderByIdDesc(programId, MatchingRun.Status.RUNNING)
                    .isPresent()) {
                throw RuleViolation.conflict("matching.error.alreadyRunning");
            }
            var run = MatchingRun.started(
                    programId,
                    startedBy,
                    clock.instant(),
                    program.format() == ProgramFormat.GROUPS ? mentorsPerGroup : 1);
            run.mentors = cohort.mentors().size();
            run.mentees = cohort.mentees().size();
            run.node = NODE;
            run.process = PROCESS;
            var saved = runs.save(run);
            audit.record(startedBy, "MATCHING_RUN_STARTED", "programme:" + programId, null, "run " + saved.id);
            return saved;
        });
    }

    /**
     * On start-up: the runs this host's previous processes left RUNNING will never finish (their job died with the
     * process), so they are marked INTERRUPTED and no longer block their programme. Their proposals were never
     * saved, so the previous ones stay as they were. A run another live process of this host is computing (two
     * nodes on one machine: its pid still names a process started at the recorded time) is left alone. Runs from
     * before processes were recorded count as stopped too.
     */
    @EventListener(ApplicationReadyEvent.class)
    int interruptRunsOfStoppedProcesses() {
        var stopped =
                org.binome.shared.LocalProcess.jobsLeftByStoppedProcesses(jdbc, "matching_run", List.of("RUNNING"));
        int interrupted = 0;
        for (var id : stopped) {
            interrupted += jdbc.sql("update matching_run set status = 'INTERRUPTED', interruption = 'RESTART',"
                            + " finished_at = :now, version = version + 1 where id = :id and status = 'RUNNING'")
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        }
        if (interrupted > 0) {
            LOG.warn("{} matching run(s) left running by a stopped process marked interrupted", interrupted);
        }
        return interrupted;
    }

    /**
     * Before a new run: a run of this programme RUNNING for longer than the timeout (its node crashed, or it hangs)
     * is marked INTERRUPTED; if its job is still alive it stops at its next progress check and saves nothing.
     */
    int interruptTimedOut(long programId) {
        return jdbc.sql("update matching_run set status = 'INTERRUPTED', interruption = 'TIMEOUT',"
                        + " finished_at = :now, version = version + 1"
                        + " where program_id = :program and status = 'RUNNING' and started_at < :cutoff")
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .param("program", programId)
                .param("cutoff", java.sql.Timestamp.from(clock.instant().minus(timeout)))
                .update();
    }

    /** Marks a running run cancelled; the job stops at its next check and saves nothing. */
    boolean cancel(long programId, long runId) {
        return jdbc.sql("update matching_run set status = 'CANCELLED', finished_at = :now, version = version + 1"
                                + " where id = :id and program_id = :program and status = 'RUNNING'")
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .param("id", runId)
                        .param("program", programId)
                        .update()
                > 0;
    }

    void execute(long runId) {
        var run = runs.findById(runId).orElseThrow();
        try {
            var program = source.program(run.programId);
            var work = plan(program);
            var progress = new Progress(runId, Math.max(1, work.mentees.size()));
            var matching = new CohortMatching(work.rules, Cohort.weights(program.matching()));
            var outcome = matching.match(work.mentors, work.mentees, work.locked, progress);
            if (!progress.set(95)) {
                throw new CohortMatching.CancelledException();
            }
            transaction.executeWithoutResult(
                    status -> save(runId, run.mentorsPerGroup, program, work, matching, outcome));
        } catch (CohortMatching.CancelledException e) {
            LOG.info("Matching run {} cancelled", runId);
        } catch (RuntimeException e) {
            LOG.warn("Matching run {} failed", runId, e);
            jdbc.sql("update matching_run set status = 'FAILED', error = :error, finished_at = :now,"
                            + " version = version + 1 where id = :id and status = 'RUNNING'")
                    .param("error", abbreviate(String.valueOf(e.getMessage())))
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("id", runId)
                    .update();
        }
    }

    private record Work(List<PairRule> rules, List<Candidate> mentors, List<Candidate> mentees, List<int[]> locked) {}

    /**
     * Who takes part in this run: everyone not already in a published or accepted proposal, mentors with their
     * remaining capacity. Locked drafts are kept: as locked pairs, or in group mentoring their whole group stays out.
     */
    private Work plan(ProgramView program) {
        var cohort = source.cohort(program);
        var rules = source.rules(program);
        var published = proposals.findByProgramIdAndStatusIn(
                program.id(), List.of(Proposal.Status.PUBLISHED, Proposal.Status.ACCEPTED));
        var lockedDrafts = proposals.findByProgramIdAndStatusIn(program.id(), List.of(Proposal.Status.DRAFT)).stream()
                .filter(p -> p.locked)
                .toList();
        boolean groups = program.format() == ProgramFormat.GROUPS;
        var used = new HashMap<String, Integer>();
        var takenMentees = new java.util.HashSet<String>();
        for (var proposal : published) {
            proposal.mentors()
                    .forEach(m -> used.merge(
                            m,
                            groups ? Integer.MAX_VALUE / 2 : proposal.mentees().size(),
                            Integer::sum));
            takenMentees.addAll(proposal.mentees());
        }
        if (groups) {
            for (var proposal : lockedDrafts) {
                proposal.mentors().forEach(m -> used.put(m, Integer.MAX_VALUE / 2));
                takenMentees.addAll(proposal.mentees());
            }
        }
        var mentors = new ArrayList<Candidate>();
        for (var mentor : cohort.mentors()) {
            int left = mentor.capacity() - used.getOrDefault(mentor.employeeNumber(), 0);
            if (left > 0) {
                mentors.add(withCapacity(mentor, left));
            }
        }
        var mentees = cohort.mentees().stream()
                .filter(m -> !takenMentees.contains(m.employeeNumber()))
                .toList();
        var locked = new ArrayList<int[]>();
        if (!groups) {
            var mentorIndex = CohortMatching.indexOf(mentors);
            var menteeIndex = CohortMatching.indexOf(mentees);
            for (var proposal : lockedDrafts) {
                for (var mentor : proposal.mentors()) {
                    for (var mentee : proposal.mentees()) {
                        var i = mentorIndex.get(mentor);
                        var j = menteeIndex.get(mentee);
                        if (i != null && j != null) {
                            locked.add(new int[] {i, j});
                        }
                    }
                }
            }
        }
        return new Work(rules, mentors, mentees, locked);
    }

    private static Candidate withCapacity(Candidate c, int capacity) {
        return new Candidate(
                c.employeeNumber(),
                c.displayName(),
                c.department(),
                c.site(),
                c.seniorityYears(),
                c.languages(),
                c.offered(),
                c.wanted(),
                c.availability(),
                c.modality(),
                c.wishedPeople(),
                c.avoidedPeople(),
                c.wishedDepartments(),
                c.avoidedDepartments(),
                capacity);
    }

    /** The swap: in one transaction, and only if nobody cancelled the run meanwhile. */
    private void save(
            long runId,
            int mentorsPerGroup,
            ProgramView program,
            Work work,
            CohortMatching matching,
            CohortMatching.Outcome outcome) {
        int claimed = jdbc.sql("update matching_run set status = 'DONE', progress = 100, version = version + 1"
                        + " where id = :id and status = 'RUNNING'")
                .param("id", runId)
                .update();
        if (claimed == 0) {
            throw new CohortMatching.CancelledException();
        }
        var now = clock.instant();
        var stale = proposals.findByProgramIdAndStatusIn(program.id(), List.of(Proposal.Status.DRAFT)).stream()
                .filter(p -> !p.locked)
                .toList();
        proposals.deleteAll(stale);
        List<CohortMatching.Unmatched> unmatched;
        if (program.format() == ProgramFormat.GROUPS) {
            int max = program.maxGroupSize() == null ? Cohort.mentorCapacity(program) : program.maxGroupSize();
            int min = program.minGroupSize() == null ? 1 : program.minGroupSize();
            var formed = GroupFormation.form(
                    outcome, matching, Cohort.weights(program.matching()).minScore(), min, max, mentorsPerGroup);
            for (var group : formed.groups()) {
                proposals.save(Proposal.draft(
                        program.id(),
                        runId,
                        group.mentors().stream().map(Candidate::employeeNumber).toList(),
                        group.mentees().stream().map(Candidate::employeeNumber).toList(),
                        group.score(),
                        group.meanComponents(),
                        false,
                        now));
            }
            unmatched = formed.unmatched();
        } else {
            for (var proposal : outcome.proposals()) {
                if (!proposal.locked()) {
                    proposals.save(Proposal.draft(
                            program.id(),
                            runId,
                            List.of(proposal.mentor().employeeNumber()),
                            List.of(proposal.mentee().employeeNumber()),
                            proposal.score(),
                            proposal.components(),
                            false,
                            now));
                }
            }
            unmatched = outcome.unmatched();
        }
        for (var person : unmatched) {
            jdbc.sql("insert into matching_unmatched (run_id, employee_number, role, reason)"
                            + " values (:run, :person, :role, :reason)")
                    .param("run", runId)
                    .param("person", person.person().employeeNumber())
                    .param("role", person.mentor() ? "MENTOR" : "MENTEE")
                    .param("reason", person.reason().name())
                    .update();
        }
        var run = runs.findById(runId).orElseThrow();
        run.done(outcome.optimal(), outcome.greedy(), now);
        runs.save(run);
    }

    private static String abbreviate(String message) {
        return message.length() > 480 ? message.substring(0, 480) : message;
    }

    /** Called by the cohort matching between rows: writes the progress now and then, and notices a cancel. */
    private final class Progress implements BooleanSupplier {
        private final long runId;
        private final int rows;
        private int done;
        private long last = System.nanoTime();

        Progress(long runId, int rows) {
            this.runId = runId;
            this.rows = rows;
        }

        @Override
        public boolean getAsBoolean() {
            done++;
            long now = System.nanoTime();
            if (now - last < PROGRESS_EVERY_NANOS) {
                return false;
            }
            last = now;
            return !set((int) (90L * done / rows));
        }

        /** Returns false once the run is no longer RUNNING (cancelled). */
        boolean set(int percent) {
            return jdbc.sql("update matching_run set progress = :p where id = :id and status = 'RUNNING'")
                            .param("p", percent)
                            .param("id", runId)
                            .update()
                    > 0;
        }
    }
}
