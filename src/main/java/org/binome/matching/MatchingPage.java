package org.binome.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramView;
import org.binome.shared.Paging;
import org.binome.shared.RuleViolation;
import org.binome.shared.SelectOption;
import org.binome.skills.Skills;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read model of the matching pages: proposals with their explanation in the reader's language, and the rest. */
@Component
class MatchingPage {

    /** One person of a proposal as the page shows them. */
    record Person(String employeeNumber, String name, String department, String answer) {}

    /**
     * One proposal as the pages show it. The administrators' table reads its score, status and lock words from here:
     * written out in the template, a line took some fifteen expressions and six message lookups (the status's key
     * built from it, the lock button's words chosen by a condition).
     */
    record Row(
            long id,
            Proposal.Status status,
            boolean locked,
            double score,
            List<Person> mentors,
            List<Person> mentees,
            List<String> explanations,
            int version,
            String scoreText,
            String statusLabel,
            boolean draft,
            String lockLabel) {}

    /**
     * One score component of a proposal as its detail draws it: its name in the reader's language, its percentage and
     * the bar's width class (a multiple of 5), computed here rather than by the template.
     */
    record Bar(String label, int percent, String width) {}

    record Unmatched(String employeeNumber, String name, boolean mentor, String reason) {}

    /** A free mentor or mentee offered for pairing by hand. */
    record Free(String employeeNumber, String displayName, String department) {

        /**
         * The select's options: "choose" first, then each person by name and department (up to {@link #FREE_SHOWN}
         * a side, two expressions each when the template wrote them).
         */
        static List<SelectOption> options(List<Free> free, String choose) {
            var options = new ArrayList<SelectOption>(free.size() + 1);
            options.add(new SelectOption("", choose, false));
            for (var f : free) {
                var label = f.department() == null || f.department().isBlank()
                        ? f.displayName()
                        : f.displayName() + " · " + f.department();
                options.add(new SelectOption(f.employeeNumber(), label, false));
            }
            return options;
        }
    }

    record RequestRow(long id, String mentorName, String menteeName, String requestedByName) {}

    record View(
            ProgramView program,
            int mentors,
            int mentees,
            Optional<MatchingRun.RunView> latest,
            Optional<MatchingRun.RunView> report,
            List<Row> proposals,
            Paging proposalsPage,
            int proposalsTotal,
            List<Unmatched> unmatched,
            List<Free> freeMentors,
            List<Free> freeMentees,
            List<RequestRow> requests,
            long drafts,
            String search,
            int freeMentorsFound,
            int freeMenteesFound,
            List<SelectOption> mentorChoices,
            List<SelectOption> menteeChoices) {}

    /** The compatibility an explanation describes, with the default weights (immutable, so made once). */
    private static final Compatibility EXPLAINED = new Compatibility(MatchingWeights.defaults());

    /** At most this many free mentors and mentees are offered for pairing by hand: a search narrows them. */
    static final int FREE_SHOWN = 100;

    private final CohortSource source;
    private final CohortSides sides;
    private final ProposalRepository proposals;
    private final MatchingRequests requests;
    private final Skills skills;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    MatchingPage(
            CohortSource source,
            CohortSides sides,
            ProposalRepository proposals,
            MatchingRequests requests,
            Skills skills,
            MessageSource messages,
            JdbcClient jdbc) {
        this.source = source;
        this.sides = sides;
        this.proposals = proposals;
        this.requests = requests;
        this.skills = skills;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    ProgramView program(long programId) {
        return source.program(programId);
    }

    @Transactional(readOnly = true)
    Optional<MatchingRun.RunView> latestRun(long programId) {
        return latestRuns(programId).stream().findFirst();
    }

    /**
     * The programme's latest run, then its latest finished run when that is another one, in one query: none, one or
     * two runs, the latest first.
     */
    List<MatchingRun.RunView> latestRuns(long programId) {
        return jdbc.sql("select " + MatchingRun.VIEW_COLUMNS
                        + " from matching_run where program_id = :program and id in"
                        + " ((select max(id) from matching_run where program_id = :program),"
                        + " (select max(id) from matching_run where program_id = :program and status = :done))"
                        + " order by id desc")
                .param("program", programId)
                .param("done", MatchingRun.Status.DONE.name())
                .query((rs, i) -> MatchingRun.view(rs))
                .list();
    }

    @Transactional(readOnly = true)
    View admin(long programId, Locale locale) {
        return admin(programId, locale, "");
    }

    /**
     * The page, with the free mentors and mentees whose name or department contains the search (all when blank),
     * the first {@link #FREE_SHOWN} of each by name: a cohort of thousands is never listed whole. The cohort's figures
     * are counted in the database and the free people read one page at a time; only the people the page names
     * (proposals, unmatched, requests) are read.
     */
    @Transactional(readOnly = true)
    View admin(long programId, Locale locale, String search) {
        return admin(programId, locale, search, Paging.of(0, null));
    }

    /**
     * The same, with one page of the proposals (by status, then their first mentor's name): a run over a cohort of
     * thousands proposes hundreds of pairs, and the explanations are written for the page's proposals only.
     */
    @Transactional(readOnly = true)
    View admin(long programId, Locale locale, String search, Paging paging) {
        var program = source.program(programId);
        var skillName = skillNames(locale);
        var kept = new ArrayList<Proposal>();
        var busy = new HashSet<String>();
        long drafts = 0;
        for (var proposal : proposalsOf(programId)) {
            if (proposal.status == Proposal.Status.REMOVED) {
                continue;
            }
            if (proposal.status != Proposal.Status.DECLINED && proposal.status != Proposal.Status.ENDED) {
                busy.addAll(proposal.people());
            }
            if (proposal.status == Proposal.Status.DRAFT) {
                drafts++;
            }
            kept.add(proposal);
        }
        var runsShown = latestRuns(programId);
        var latest = runsShown.stream().findFirst();
        var report = runsShown.stream()
                .filter(run -> run.status() == MatchingRun.Status.DONE)
                .findFirst();
        var unmatchedRows = report.map(run -> jdbc
                        .sql("select employee_number, role, reason from matching_unmatched"
                                + " where run_id = :run order by role desc, employee_number")
                        .param("run", run.id())
                        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                        .list()
                        .stream()
                        .filter(u -> !busy.contains(u[0]))
                        .toList())
                .orElse(List.of());
        var pending = requests.pending(programId);
        // the people the page names, read in one query: the proposals' as candidates (for the explanations), the
        // others (unmatched, requests) for their names
        var inProposals = new HashSet<String>();
        kept.forEach(p -> inProposals.addAll(p.people()));
        var named = new HashSet<String>(inProposals);
        unmatchedRows.forEach(u -> named.add(u[0]));
        pending.forEach(r -> named.addAll(List.of(r.mentor(), r.mentee(), r.requestedBy())));
        var people = source.people(named);
        var byNumber = source.cohortOf(program, inProposals, people).byNumber();
        // each proposal's first mentor's name found once, not at each of the sort's comparisons
        var firstMentor = new HashMap<Proposal, String>();
        for (var p : kept) {
            var mentors = p.mentors();
            firstMentor.put(
                    p,
                    mentors.isEmpty() ? "" : person(mentors.get(0), p, byNumber).name());
        }
        kept.sort(java.util.Comparator.comparing((Proposal p) -> p.status).thenComparing(firstMentor::get));
        var shown = paging.within(kept.size());
        int first = (int) shown.offset();
        var rows = new ArrayList<Row>();
        for (var proposal : kept.subList(first, Math.min(kept.size(), first + shown.size()))) {
            rows.add(row(proposal, byNumber, skillName, locale));
        }
        var unmatched = unmatchedRows.stream()
                .map(u -> new Unmatched(u[0], nameOf(u[0], byNumber, people), "MENTOR".equals(u[1]), u[2]))
                .toList();
        var requestRows = pending.stream()
                .map(r -> new RequestRow(
                        r.id(),
                        nameOf(r.mentor(), byNumber, people),
                        nameOf(r.mentee(), byNumber, people),
                        nameOf(r.requestedBy(), byNumber, people)))
                .toList();
        var wanted = search == null ? "" : search.strip();
        var mentors = side(program, ParticipantRole.MENTOR, busy, wanted);
        var mentees = side(program, ParticipantRole.MENTEE, busy, wanted);
        return new View(
                program,
                mentors.cohort(),
                mentees.cohort(),
                latest,
                report,
                rows,
                shown,
                kept.size(),
                unmatched,
                mentors.shown(),
                mentees.shown(),
                requestRows,
                drafts,
                wanted,
                mentors.found(),
                mentees.found(),
                Free.options(mentors.shown(), messages.getMessage("matching.pair.choose", null, locale)),
                Free.options(mentees.shown(), messages.getMessage("matching.pair.choose", null, locale)));
    }

    /**
     * The programme's proposals by id, each with its members, in two queries: the repository's derived query read
     * each proposal's members with a query of its own. For reading only; the repository saves.
     */
    List<Proposal> proposalsOf(long programId) {
        var byId = new java.util.LinkedHashMap<Long, Proposal>();
        jdbc.sql("select id, program_id, run_id, score, components, locked, status, created_at, published_at,"
                        + " decided_at, version from matching_proposal where program_id = :program order by id")
                .param("program", programId)
                .query(rs -> {
                    var p = new Proposal();
                    p.id = rs.getLong(1);
                    p.programId = rs.getLong(2);
                    p.runId = rs.getObject(3, Long.class);
                    p.score = rs.getDouble(4);
                    p.components = rs.getString(5);
                    p.locked = rs.getBoolean(6);
                    p.status = Proposal.Status.valueOf(rs.getString(7));
                    p.createdAt = instant(rs.getTimestamp(8));
                    p.publishedAt = instant(rs.getTimestamp(9));
                    p.decidedAt = instant(rs.getTimestamp(10));
                    p.version = rs.getObject(11, Integer.class);
                    byId.put(p.id, p);
                });
        if (byId.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select m.proposal, m.employee_number, m.role, m.answer, m.answered_at from matching_proposal_member m"
                        + " join matching_proposal p on p.id = m.proposal where p.program_id = :program"
                        + " order by m.proposal, m.proposal_key")
                .param("program", programId)
                .query(rs -> {
                    var proposal = byId.get(rs.getLong(1));
                    if (proposal != null) {
                        var member = Proposal.Member.of(rs.getString(2), rs.getString(3));
                        member.answer = rs.getString(4);
                        member.answeredAt = instant(rs.getTimestamp(5));
                        proposal.members.add(member);
                    }
                });
        return new ArrayList<>(byId.values());
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** One side of the cohort as the page counts it: everyone, the free ones found by the search, the first shown. */
    private record Side(int cohort, int found, List<Free> shown) {}

    /**
     * One side of the cohort the way the run builds it (accepted applicants who are in the directory), kept by {@link
     * CohortSides}, and its free people (in no proposal but a declined one; a mentor who takes several mentees is
     * always free) with the search in their name or department, counted and the first shown, in memory.
     */
    private Side side(ProgramView program, ParticipantRole role, java.util.Set<String> busy, String search) {
        var side = sides.of(program.id(), role);
        var everyone = side.people();
        boolean alwaysFree = role == ParticipantRole.MENTOR && Cohort.mentorCapacity(program) > 1;
        var wanted = search.toLowerCase(Locale.ROOT);
        int found = 0;
        var shown = new ArrayList<Free>();
        if (wanted.isEmpty()) {
            // no search: the free are the side less the few busy people in it, the first shown read from the start
            found = everyone.size()
                    - (alwaysFree
                            ? 0
                            : (int) busy.stream()
                                    .filter(side.numbers()::contains)
                                    .count());
            for (int i = 0; i < everyone.size() && shown.size() < FREE_SHOWN; i++) {
                var person = everyone.get(i);
                if (alwaysFree || !busy.contains(person.employeeNumber())) {
                    shown.add(new Free(person.employeeNumber(), person.fullName(), person.department()));
                }
            }
            return new Side(everyone.size(), found, shown);
        }
        for (var person : everyone) {
            if ((alwaysFree || !busy.contains(person.employeeNumber())) && person.matches(wanted)) {
                found++;
                if (shown.size() < FREE_SHOWN) {
                    shown.add(new Free(person.employeeNumber(), person.fullName(), person.department()));
                }
            }
        }
        return new Side(everyone.size(), found, shown);
    }

    /** A member of the cohort by the name it already holds, anyone else by the directory's name read beforehand. */
    private static String nameOf(
            String employeeNumber, Map<String, Candidate> cohort, Map<String, org.binome.people.PersonView> people) {
        var candidate = cohort.get(employeeNumber);
        if (candidate != null) {
            return candidate.displayName();
        }
        var person = people.get(employeeNumber);
        return person != null ? person.fullName() : employeeNumber;
    }

    /** The published proposals that include this person, newest first. */
    @Transactional(readOnly = true)
    List<Map.Entry<ProgramView, Row>> mine(String employeeNumber, Locale locale) {
        var ids = jdbc.sql("select distinct m.proposal from matching_proposal_member m join matching_proposal p"
                        + " on p.id = m.proposal where m.employee_number = :me"
                        + " and p.status in ('PUBLISHED', 'ACCEPTED', 'DECLINED', 'ENDED') order by m.proposal desc")
                .param("me", employeeNumber)
                .query(Long.class)
                .list();
        var skillName = skillNames(locale);
        var mine = proposals.findAllById(ids);
        var peopleByProgram = new HashMap<Long, java.util.Set<String>>();
        mine.forEach(p -> peopleByProgram
                .computeIfAbsent(p.programId, id -> new HashSet<>())
                .addAll(p.people()));
        var cohorts = new HashMap<Long, Map<String, Candidate>>();
        var programsById = new HashMap<Long, ProgramView>();
        var result = new ArrayList<Map.Entry<ProgramView, Row>>();
        for (var proposal : mine) {
            var program = programsById.computeIfAbsent(proposal.programId, source::program);
            // the people of this person's proposals only, not the programme's whole cohort
            var cohort = cohorts.computeIfAbsent(
                    proposal.programId,
                    id -> source.cohortOf(program, peopleByProgram.get(id)).byNumber());
            result.add(Map.entry(program, row(proposal, cohort, skillName, locale)));
        }
        result.sort(java.util.Comparator.comparingLong(
                        (Map.Entry<ProgramView, Row> e) -> e.getValue().id())
                .reversed());
        return result;
    }

    Row row(Proposal proposal, Map<String, Candidate> cohort, Function<String, String> skillName, Locale locale) {
        var explanations = new ArrayList<String>();
        var mentors = proposal.mentors().stream().map(cohort::get).toList();
        var mentees = proposal.mentees().stream().map(cohort::get).toList();
        if (mentors.size() == 2
                && mentors.stream().allMatch(java.util.Objects::nonNull)
                && mentees.stream().allMatch(java.util.Objects::nonNull)) {
            explanations.add(
                    Explanation.coMentors(mentors.get(0), mentors.get(1), mentees, skillName, messages, locale));
        }
        for (var mentor : proposal.mentors()) {
            for (var mentee : proposal.mentees()) {
                var a = cohort.get(mentor);
                var b = cohort.get(mentee);
                if (a != null && b != null) {
                    var components = new double[ScoreComponent.values().length];
                    EXPLAINED.score(a, b, components);
                    explanations.add(Explanation.of(a, b, components, skillName, messages, locale));
                }
            }
        }
        return new Row(
                proposal.id,
                proposal.status,
                proposal.locked,
                proposal.score,
                proposal.mentors().stream()
                        .map(m -> person(m, proposal, cohort))
                        .toList(),
                proposal.mentees().stream()
                        .map(m -> person(m, proposal, cohort))
                        .toList(),
                explanations,
                proposal.version == null ? 0 : proposal.version,
                // as the template's #numbers.formatDecimal(score, 1, 0) wrote it
                org.thymeleaf.util.NumberUtils.format(proposal.score, 1, 0, locale),
                messages.getMessage("matching.proposal.status." + proposal.status.name(), null, locale),
                proposal.status == Proposal.Status.DRAFT,
                messages.getMessage(
                        proposal.locked ? "matching.proposal.unlock" : "matching.proposal.lock", null, locale));
    }

    /**
     * A proposal's score components as bars, read when the administrator opens its detail on the matching page (htmx)
     * rather than drawn for every proposal of the page: eight bars of five expressions each per proposal were about
     * 38 % of the page's CPU on the demo company. A proposal of another programme, or removed, is not found.
     */
    @Transactional(readOnly = true)
    List<Bar> components(long programId, long proposalId, Locale locale) {
        var components = jdbc.sql("select components from matching_proposal where id = :id and program_id = :program"
                        + " and status <> 'REMOVED'")
                .param("id", proposalId)
                .param("program", programId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> RuleViolation.notFound("matching.error.notFound"));
        var values = Proposal.componentValues(components);
        var labels = componentLabels(locale);
        var bars = new ArrayList<Bar>(labels.size());
        for (var c : ScoreComponent.values()) {
            int percent = (int) Math.round(values[c.ordinal()] * 100);
            bars.add(new Bar(labels.get(c.ordinal()), percent, "pct-" + (percent - percent % 5)));
        }
        return bars;
    }

    public String explain(Candidate mentor, Candidate mentee, double[] components, Locale locale) {
        return Explanation.of(mentor, mentee, components, skillNames(locale), messages, locale);
    }

    private Person person(String employeeNumber, Proposal proposal, Map<String, Candidate> cohort) {
        var candidate = cohort.get(employeeNumber);
        if (candidate != null) {
            return new Person(
                    employeeNumber,
                    candidate.displayName(),
                    candidate.department() == null ? "" : candidate.department(),
                    proposal.answerOf(employeeNumber));
        }
        var person = source.person(employeeNumber);
        return new Person(
                employeeNumber,
                person.map(p -> p.fullName()).orElse(employeeNumber),
                person.map(p -> p.department()).orElse(""),
                proposal.answerOf(employeeNumber));
    }

    /** The score components' names in the reader's language, by ordinal: read once for all the page's proposals. */
    List<String> componentLabels(Locale locale) {
        return java.util.Arrays.stream(ScoreComponent.values())
                .map(c -> messages.getMessage("matching.component." + c.name(), null, locale))
                .toList();
    }

    Function<String, String> skillNames(Locale locale) {
        var names = new HashMap<String, String>();
        skills.catalogue().forEach(s -> names.put(s.code(), s.name(locale)));
        return code -> names.getOrDefault(code, code);
    }
}
