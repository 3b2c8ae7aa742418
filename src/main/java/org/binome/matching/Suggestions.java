package org.binome.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service: a participant of a programme in its matching phase sees their best eligible partners (hard rules
 * respected, free, best score first) and may ask for one; the administrator confirms.
 */
@Service
class Suggestions {

    static final int HOW_MANY = 3;

    record Suggestion(Candidate partner, Candidate mentor, Candidate mentee, double score, double[] components) {}

    record ForProgram(ProgramView program, boolean mentor, List<Suggestion> suggestions, List<String> requested) {}

    private final Programs programs;
    private final CohortSource source;
    private final MatchingRequests requests;

    Suggestions(Programs programs, CohortSource source, MatchingRequests requests) {
        this.programs = programs;
        this.source = source;
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    List<ForProgram> of(String employeeNumber) {
        var result = new ArrayList<ForProgram>();
        for (var program : programs.findAll()) {
            if (program.status() != ProgramStatus.MATCHING) {
                continue;
            }
            boolean mentor = programs.isAcceptedParticipant(program.id(), employeeNumber, ParticipantRole.MENTOR);
            boolean mentee = programs.isAcceptedParticipant(program.id(), employeeNumber, ParticipantRole.MENTEE);
            if (!mentor && !mentee) {
                continue;
            }
            var requested = requests.pendingBy(employeeNumber).stream()
                    .filter(r -> r.programId() == program.id())
                    .map(r -> mentor ? r.mentee() : r.mentor())
                    .toList();
            result.add(new ForProgram(program, mentor, best(program, employeeNumber, mentor), requested));
        }
        return result;
    }

    List<Suggestion> best(ProgramView program, String employeeNumber, boolean asMentor) {
        var cohort = source.cohort(program);
        var self = (asMentor ? cohort.mentors() : cohort.mentees())
                .stream().filter(c -> c.employeeNumber().equals(employeeNumber)).findFirst();
        var taken = source.taken(program.id());
        if (self.isEmpty() || taken.contains(employeeNumber)) {
            return List.of();
        }
        var matching = new CohortMatching(source.rules(program), Cohort.weights(program.matching()));
        var suggestions = new ArrayList<Suggestion>();
        for (var other : asMentor ? cohort.mentees() : cohort.mentors()) {
            if (taken.contains(other.employeeNumber())) {
                continue;
            }
            var mentor = asMentor ? self.get() : other;
            var mentee = asMentor ? other : self.get();
            var components = new double[ScoreComponent.values().length];
            double score = matching.scoreIfAllowed(mentor, mentee, components);
            if (score >= 0) {
                suggestions.add(new Suggestion(other, mentor, mentee, score, components));
            }
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score)
                .reversed()
                .thenComparing(s -> s.partner().employeeNumber()));
        return List.copyOf(suggestions.subList(0, Math.min(HOW_MANY, suggestions.size())));
    }

    /** Records a request for one of the person's own current suggestions (nobody else can be asked for). */
    @Transactional
    void request(long programId, String employeeNumber, String partner) {
        var program = source.program(programId);
        if (program.status() != ProgramStatus.MATCHING) {
            throw RuleViolation.conflict("matching.error.programStatus");
        }
        boolean mentor = programs.isAcceptedParticipant(programId, employeeNumber, ParticipantRole.MENTOR);
        boolean mentee = programs.isAcceptedParticipant(programId, employeeNumber, ParticipantRole.MENTEE);
        if (!mentor && !mentee) {
            throw RuleViolation.notFound("matching.error.notFound");
        }
        var chosen = best(program, employeeNumber, mentor).stream()
                .filter(s -> s.partner().employeeNumber().equals(partner))
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("matching.error.notSuggested"));
        requests.request(
                programId, chosen.mentor().employeeNumber(), chosen.mentee().employeeNumber(), employeeNumber);
    }
}
