package org.binome.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.binome.programs.ProgramView;
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

    record Row(
            long id,
            Proposal.Status status,
            boolean locked,
            double score,
            int[] componentPercents,
            List<Person> mentors,
            List<Person> mentees,
            List<String> explanations,
            int version) {}

    record Unmatched(String employeeNumber, String name, boolean mentor, String reason) {}

    record RequestRow(long id, String mentorName, String menteeName, String requestedByName) {}

    record View(
            ProgramView program,
            int mentors,
            int mentees,
            Optional<MatchingRun.RunView> latest,
            Optional<MatchingRun.RunView> report,
            List<Row> proposals,
            List<Unmatched> unmatched,
            List<Candidate> freeMentors,
            List<Candidate> freeMentees,
            List<RequestRow> requests,
            long drafts,
            String search,
            int freeMentorsFound,
            int freeMenteesFound) {}

    /** At most this many free mentors and mentees are offered for pairing by hand: a search narrows them. */
    static final int FREE_SHOWN = 100;

    private final CohortSource source;
    private final MatchingRunRepository runs;
    private final ProposalRepository proposals;
    private final MatchingRequests requests;
    private final Skills skills;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    MatchingPage(
            CohortSource source,
            MatchingRunRepository runs,
            ProposalRepository proposals,
            MatchingRequests requests,
            Skills skills,
            MessageSource messages,
            JdbcClient jdbc) {
        this.source = source;
        this.runs = runs;
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
        return runs.findFirstByProgramIdOrderByIdDesc(programId).map(MatchingRun::view);
    }

    @Transactional(readOnly = true)
    View admin(long programId, Locale locale) {
        return admin(programId, locale, "");
    }

    /**
     * The page, with the free mentors and mentees whose name or department contains the search (all when blank),
     * the first {@link #FREE_SHOWN} of each by name: a cohort of thousands is never listed whole.
     */
    @Transactional(readOnly = true)
    View admin(long programId, Locale locale, String search) {
        var program = source.program(programId);
        var cohort = source.cohort(program);
        var byNumber = cohort.byNumber();
        var skillName = skillNames(locale);
        var rows = new ArrayList<Row>();
        var busy = new HashSet<String>();
        long drafts = 0;
        for (var proposal : proposals.findByProgramId(programId)) {
            if (proposal.status == Proposal.Status.REMOVED) {
                continue;
            }
            if (proposal.status != Proposal.Status.DECLINED) {
                busy.addAll(proposal.people());
            }
            if (proposal.status == Proposal.Status.DRAFT) {
                drafts++;
            }
            rows.add(row(proposal, byNumber, skillName, locale));
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> r.status())
                .thenComparing(
                        r -> r.mentors().isEmpty() ? "" : r.mentors().get(0).name()));
        var report = runs.findFirstByProgramIdAndStatusOrderByIdDesc(programId, MatchingRun.Status.DONE);
        var unmatched = new ArrayList<Unmatched>();
        report.ifPresent(run -> jdbc
                .sql("select employee_number, role, reason from matching_unmatched"
                        + " where run_id = :run order by role desc, employee_number")
                .param("run", run.id)
                .query((rs, i) -> new Unmatched(
                        rs.getString(1),
                        nameOf(rs.getString(1), byNumber),
                        "MENTOR".equals(rs.getString(2)),
                        rs.getString(3)))
                .list()
                .stream()
                .filter(u -> !busy.contains(u.employeeNumber()))
                .forEach(unmatched::add));
        var wanted = search == null ? "" : search.strip().toLowerCase(locale);
        java.util.function.Predicate<Candidate> found = c -> wanted.isEmpty()
                || c.displayName().toLowerCase(locale).contains(wanted)
                || (c.department() != null && c.department().toLowerCase(locale).contains(wanted));
        var byName = java.util.Comparator.comparing(Candidate::displayName, java.text.Collator.getInstance(locale));
        var freeMentors = cohort.mentors().stream()
                .filter(c -> !busy.contains(c.employeeNumber()) || c.capacity() > 1)
                .filter(found)
                .toList();
        var freeMentees = cohort.mentees().stream()
                .filter(c -> !busy.contains(c.employeeNumber()))
                .filter(found)
                .toList();
        var requestRows = requests.pending(programId).stream()
                .map(r -> new RequestRow(
                        r.id(),
                        nameOf(r.mentor(), byNumber),
                        nameOf(r.mentee(), byNumber),
                        nameOf(r.requestedBy(), byNumber)))
                .toList();
        return new View(
                program,
                cohort.mentors().size(),
                cohort.mentees().size(),
                latestRun(programId),
                report.map(MatchingRun::view),
                rows,
                unmatched,
                freeMentors.stream().sorted(byName).limit(FREE_SHOWN).toList(),
                freeMentees.stream().sorted(byName).limit(FREE_SHOWN).toList(),
                requestRows,
                drafts,
                search == null ? "" : search.strip(),
                freeMentors.size(),
                freeMentees.size());
    }

    /** A member of the cohort by the name it already holds, anyone else from the directory. */
    private String nameOf(String employeeNumber, Map<String, Candidate> cohort) {
        var candidate = cohort.get(employeeNumber);
        return candidate != null ? candidate.displayName() : source.name(employeeNumber);
    }

    /** The published proposals that include this person, newest first. */
    @Transactional(readOnly = true)
    List<Map.Entry<ProgramView, Row>> mine(String employeeNumber, Locale locale) {
        var ids = jdbc.sql("select distinct m.proposal from matching_proposal_member m join matching_proposal p"
                        + " on p.id = m.proposal where m.employee_number = :me"
                        + " and p.status in ('PUBLISHED', 'ACCEPTED', 'DECLINED') order by m.proposal desc")
                .param("me", employeeNumber)
                .query(Long.class)
                .list();
        var skillName = skillNames(locale);
        var cohorts = new HashMap<Long, Map<String, Candidate>>();
        var programsById = new HashMap<Long, ProgramView>();
        var result = new ArrayList<Map.Entry<ProgramView, Row>>();
        for (var proposal : proposals.findAllById(ids)) {
            var program = programsById.computeIfAbsent(proposal.programId, source::program);
            var cohort = cohorts.computeIfAbsent(
                    proposal.programId, id -> source.cohort(program).byNumber());
            result.add(Map.entry(program, row(proposal, cohort, skillName, locale)));
        }
        result.sort(java.util.Comparator.comparingLong(
                        (Map.Entry<ProgramView, Row> e) -> e.getValue().id())
                .reversed());
        return result;
    }

    Row row(Proposal proposal, Map<String, Candidate> cohort, Function<String, String> skillName, Locale locale) {
        var explanations = new ArrayList<String>();
        var values = proposal.componentValues();
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
                    new Compatibility(MatchingWeights.defaults()).score(a, b, components);
                    explanations.add(Explanation.of(a, b, components, skillName, messages, locale));
                }
            }
        }
        var percents = new int[values.length];
        for (int c = 0; c < values.length; c++) {
            percents[c] = (int) Math.round(values[c] * 100);
        }
        return new Row(
                proposal.id,
                proposal.status,
                proposal.locked,
                proposal.score,
                percents,
                proposal.mentors().stream().map(m -> person(m, proposal)).toList(),
                proposal.mentees().stream().map(m -> person(m, proposal)).toList(),
                explanations,
                proposal.version == null ? 0 : proposal.version);
    }

    public String explain(Candidate mentor, Candidate mentee, double[] components, Locale locale) {
        return Explanation.of(mentor, mentee, components, skillNames(locale), messages, locale);
    }

    private Person person(String employeeNumber, Proposal proposal) {
        var person = source.person(employeeNumber);
        return new Person(
                employeeNumber,
                person.map(p -> p.fullName()).orElse(employeeNumber),
                person.map(p -> p.department()).orElse(""),
                proposal.answerOf(employeeNumber));
    }

    Function<String, String> skillNames(Locale locale) {
        var names = new HashMap<String, String>();
        skills.catalogue().forEach(s -> names.put(s.code(), s.name(locale)));
        return code -> names.getOrDefault(code, code);
    }
}
