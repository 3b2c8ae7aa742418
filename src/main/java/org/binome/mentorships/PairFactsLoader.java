package org.binome.mentorships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.springframework.stereotype.Component;

/**
 * Loads the facts of pairs (sessions, objectives, health) at one moment: one pair at a time for its pages, or a whole
 * list with two queries for all their sessions (with their members) and one for all their objectives (statistics,
 * reminders).
 */
@Component
class PairFactsLoader {

    private final PairLoading sessions;
    private final Programs programs;
    private final MentorshipSettings settings;
    private final Clock clock;

    PairFactsLoader(PairLoading sessions, Programs programs, MentorshipSettings settings, Clock clock) {
        this.sessions = sessions;
        this.programs = programs;
        this.settings = settings;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    PairFacts facts(Mentorship mentorship) {
        return facts(mentorship, new HashMap<>());
    }

    PairFacts facts(Mentorship mentorship, Map<Long, ProgramView> programCache) {
        return facts(
                mentorship,
                programCache,
                sessions.sessionsOf(List.of(mentorship.id)),
                sessions.objectivesOf(List.of(mentorship.id)));
    }

    /**
     * The pair's outline at this moment with two aggregate queries, the same figures as {@link PairFacts#outline()}:
     * the pages that show only the pair's summary above their own content (a session, an objective, a review) do not
     * read every session of the pair with its members and every objective (under the load test, some sixty rows on
     * each view of a session, the page a pair opens most).
     */
    PairOutline outline(Mentorship mentorship) {
        return outlines(List.of(mentorship), List.of()).get(0);
    }

    /**
     * The outlines of these pairs, in their order, with one aggregate query per thousand pairs for their sessions and
     * one for their objectives, whatever their number of sessions; {@code known} the programmes the caller already
     * read.
     */
    List<PairOutline> outlines(List<Mentorship> mentorships, List<ProgramView> known) {
        if (mentorships.isEmpty()) {
            return List.of();
        }
        var ids = mentorships.stream().map(m -> m.id).toList();
        var now = now();
        var today = today();
        var sessionFigures = sessions.sessionFigures(ids, now);
        var objectiveFigures = sessions.objectiveFigures(ids);
        var programCache = new HashMap<Long, ProgramView>();
        known.forEach(p -> programCache.put(p.id(), p));
        var result = new ArrayList<PairOutline>(mentorships.size());
        for (var m : mentorships) {
            var program = programOf(m, programCache);
            var held = sessionFigures.getOrDefault(m.id, PairOutline.NO_SESSIONS);
            var objectives = objectiveFigures.getOrDefault(m.id, PairOutline.NO_OBJECTIVES);
            var health = health(m, program, objectives.total(), held.last(), held.next(), today);
            result.add(new PairOutline(m, program, held, objectives, health, today));
        }
        return result;
    }

    /** The facts of every pair in the list, with two queries for all of them (plus each programme once). */
    List<PairFacts> facts(List<Mentorship> mentorships) {
        return facts(mentorships, List.of());
    }

    /** The same, with the programmes the caller already read (their cadence), so that they are not read again. */
    List<PairFacts> facts(List<Mentorship> mentorships, List<ProgramView> known) {
        if (mentorships.isEmpty()) {
            return List.of();
        }
        var ids = mentorships.stream().map(m -> m.id).toList();
        var sessionsOf = sessions.sessionsOf(ids).stream().collect(Collectors.groupingBy(s -> s.mentorshipId));
        var objectivesOf = sessions.objectivesOf(ids).stream().collect(Collectors.groupingBy(o -> o.mentorshipId));
        var programCache = new HashMap<Long, ProgramView>();
        known.forEach(p -> programCache.put(p.id(), p));
        var result = new ArrayList<PairFacts>(mentorships.size());
        for (var m : mentorships) {
            result.add(facts(
                    m,
                    programCache,
                    sessionsOf.getOrDefault(m.id, List.of()),
                    objectivesOf.getOrDefault(m.id, List.of())));
        }
        return result;
    }

    private PairFacts facts(
            Mentorship mentorship,
            Map<Long, ProgramView> programCache,
            List<MentorshipSession> all,
            List<Objective> written) {
        var now = now();
        var today = today();
        var program = programOf(mentorship, programCache);
        Instant last = null;
        Instant next = null;
        for (var s : all) {
            if (s.status != MentorshipSession.Status.PLANNED) {
                continue;
            }
            if (s.hasStarted(now)) {
                last = s.startsAt;
            } else if (next == null) {
                next = s.startsAt;
            }
        }
        var health = health(mentorship, program, written.size(), last, next, today);
        return new PairFacts(mentorship, program, all, written, last, next, health, today, now);
    }

    /**
     * A pair's health on a day from its figures: its programme's cadence, its number of objectives, the start of its
     * latest held session and of its next planned one.
     */
    PairHealth health(
            Mentorship mentorship, ProgramView program, int objectives, Instant last, Instant next, LocalDate today) {
        return new PairHealth.Facts(
                        mentorship.status,
                        mentorship.startedOn,
                        objectives,
                        last == null ? null : LocalDate.ofInstant(last, clock.getZone()),
                        next == null ? null : LocalDate.ofInstant(next, clock.getZone()),
                        program == null ? null : program.frequencyDays(),
                        settings.stallMarginDays(),
                        settings.objectivesGraceDays())
                .on(today);
    }

    /** The programme of a pair, from those already read or read now (and kept in the map for the next pairs). */
    ProgramView programOf(Mentorship mentorship, Map<Long, ProgramView> programCache) {
        return programCache.computeIfAbsent(
                mentorship.programId, id -> programs.find(id).orElse(null));
    }
}
