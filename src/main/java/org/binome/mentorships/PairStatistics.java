package org.binome.mentorships;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' and sponsors' view of pairs: statuses, dates, counts and health, never content. Set-based: a
 * programme's pairs are read with one query for their sessions, one for their objectives and one for their reviews,
 * however many pairs it has.
 */
@Component
class PairStatistics {

    private final PairLoading mentorships;
    private final PairFactsLoader loader;
    private final MemberNames names;

    PairStatistics(PairLoading mentorships, PairFactsLoader loader, MemberNames names) {
        this.mentorships = mentorships;
        this.loader = loader;
        this.names = names;
    }

    @Transactional(readOnly = true)
    List<PairStatus> pairs(long programId) {
        return statuses(mentorships.ofProgramme(programId));
    }

    /** One pair's status, for its administration page. */
    @Transactional(readOnly = true)
    PairStatus pair(Mentorship mentorship) {
        return statuses(List.of(mentorship)).get(0);
    }

    /** These pairs' statuses, in their order: their sessions, objectives, reviews and names read once for all. */
    List<PairStatus> statuses(List<Mentorship> pairs) {
        return statuses(pairs, List.of());
    }

    /** The same, with the programmes the caller already read. */
    List<PairStatus> statuses(List<Mentorship> pairs, List<org.binome.programs.ProgramView> programmes) {
        var reviewCounts = reviewCounts(pairs);
        var partners = names.partners(pairs);
        return loader.facts(pairs, programmes).stream()
                .map(facts -> status(facts.outline(), reviewCounts.getOrDefault(facts.mentorship().id, 0), partners))
                .toList();
    }

    /**
     * The same statuses for a list of pairs (the administrators' page of 50), from their figures counted by the
     * database (sessions, objectives, reviews: one aggregate query each) instead of every session with its members
     * and every objective read row by row; {@code programmes} are those the caller already read.
     */
    List<PairStatus> overview(List<Mentorship> pairs, List<org.binome.programs.ProgramView> programmes) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        var reviewCounts = reviewCounts(pairs);
        var partners = names.partners(pairs);
        return loader.outlines(pairs, programmes).stream()
                .map(outline -> status(outline, reviewCounts.getOrDefault(outline.mentorship().id, 0), partners))
                .toList();
    }

    /** How many reviews each pair's members answered, in one query. */
    private Map<Long, Integer> reviewCounts(List<Mentorship> pairs) {
        if (pairs.isEmpty()) {
            return Map.of();
        }
        return mentorships.reviewCounts(pairs.stream().map(m -> m.id).toList());
    }

    private static PairStatus status(PairOutline outline, int reviewCount, Map<Long, List<PartnerView>> partners) {
        var m = outline.mentorship();
        var sessions = outline.sessions();
        var objectives = outline.objectives();
        var health = outline.health();
        return new PairStatus(
                m.id,
                m.programId,
                m.status,
                partners.getOrDefault(m.id, List.of()),
                m.startedOn,
                m.endedOn,
                m.kickOffDone(),
                sessions.last(),
                sessions.next(),
                sessions.held(),
                objectives.total(),
                objectives.inProgress(),
                objectives.reached(),
                health.health(),
                health.reasons(),
                reviewCount,
                m.endReason,
                m.isGroup());
    }

    @Transactional(readOnly = true)
    PairHealthCounts counts(long programId) {
        var pairs = mentorships.ofProgramme(programId);
        return counts(programId, loader.facts(pairs), reviewCounts(pairs));
    }

    private static PairHealthCounts counts(long programId, List<PairFacts> pairs, Map<Long, Integer> reviewCounts) {
        int total = 0, proposed = 0, active = 0, completed = 0, ended = 0, pending = 0, healthy = 0, stalled = 0;
        int held = 0, planned = 0, objectivesTotal = 0, inProgress = 0, reached = 0, reviewCount = 0;
        long minutes = 0;
        for (var facts : pairs) {
            var m = facts.mentorship();
            total++;
            switch (m.status) {
                case PROPOSED -> proposed++;
                case ACTIVE -> active++;
                case COMPLETED -> completed++;
                case ENDED_EARLY -> ended++;
            }
            if (m.status == MentorshipStatus.ACTIVE && !m.kickOffDone()) {
                pending++;
            }
            if (facts.health().health() == Health.HEALTHY) {
                healthy++;
            } else if (facts.health().health() == Health.STALLED) {
                stalled++;
            }
            for (var s : facts.held()) {
                held++;
                minutes += s.durationMinutes;
            }
            planned += (int) facts.sessions().stream()
                    .filter(s -> s.status == MentorshipSession.Status.PLANNED && !s.hasStarted(facts.now()))
                    .count();
            objectivesTotal += facts.objectives().size();
            inProgress += facts.objectives(ObjectiveProgress.IN_PROGRESS);
            reached += facts.objectives(ObjectiveProgress.REACHED);
            reviewCount += reviewCounts.getOrDefault(m.id, 0);
        }
        return new PairHealthCounts(
                programId,
                total,
                proposed,
                active,
                completed,
                ended,
                pending,
                healthy,
                stalled,
                held,
                planned,
                minutes,
                objectivesTotal,
                inProgress,
                reached,
                reviewCount);
    }
}
