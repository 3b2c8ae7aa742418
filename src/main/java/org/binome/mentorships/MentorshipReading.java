package org.binome.mentorships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.Phase;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads mentorships for the pages and the facade: the facts of a pair (sessions, objectives, health) and, for one
 * member, what they may see of it.
 */
@Component
class MentorshipReading {

    /** Everything known about one pair at one moment. */
    record Facts(
            Mentorship mentorship,
            ProgramView program,
            List<MentorshipSession> sessions,
            List<Objective> objectives,
            Instant lastSessionAt,
            Instant nextSessionAt,
            PairHealth health,
            LocalDate today,
            Instant now) {

        List<MentorshipSession> held() {
            return sessions.stream()
                    .filter(s -> s.status == MentorshipSession.Status.PLANNED && s.hasStarted(now))
                    .toList();
        }

        MentorshipSession next() {
            return sessions.stream()
                    .filter(s -> s.status == MentorshipSession.Status.PLANNED && !s.hasStarted(now))
                    .findFirst()
                    .orElse(null);
        }

        int objectives(ObjectiveProgress progress) {
            return (int) objectives.stream().filter(o -> o.progress == progress).count();
        }
    }

    private final MentorshipRepository mentorships;
    private final MentorshipSessionRepository sessions;
    private final ObjectiveRepository objectives;
    private final NoteRepository notes;
    private final ReviewRepository reviews;
    private final Programs programs;
    private final Directory directory;
    private final MentorshipSettings settings;
    private final Clock clock;

    MentorshipReading(
            MentorshipRepository mentorships,
            MentorshipSessionRepository sessions,
            ObjectiveRepository objectives,
            NoteRepository notes,
            ReviewRepository reviews,
            Programs programs,
            Directory directory,
            MentorshipSettings settings,
            Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.objectives = objectives;
        this.notes = notes;
        this.reviews = reviews;
        this.programs = programs;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PairHealth.PARIS);
    }

    Facts facts(Mentorship mentorship, Map<Long, ProgramView> programCache) {
        var now = now();
        var today = today();
        var program = programCache.computeIfAbsent(
                mentorship.programId, id -> programs.find(id).orElse(null));
        var all = sessions.findByMentorshipIdOrderByStartsAtAsc(mentorship.id);
        var written = objectives.findByMentorshipIdOrderByIdAsc(mentorship.id);
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
        var health = PairHealth.of(
                mentorship.status,
                mentorship.startedOn,
                written.size(),
                last,
                next,
                program == null ? null : program.frequencyDays(),
                settings.stallMarginDays(),
                settings.objectivesGraceDays(),
                today);
        return new Facts(mentorship, program, all, written, last, next, health, today, now);
    }

    Facts facts(Mentorship mentorship) {
        return facts(mentorship, new HashMap<>());
    }

    String name(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    PersonView person(String employeeNumber) {
        return directory.find(employeeNumber).orElse(null);
    }

    List<PartnerView> partners(Mentorship mentorship) {
        return mentorship.members.stream()
                .map(m -> new PartnerView(m.employeeNumber, name(m.employeeNumber), m.memberRole))
                .toList();
    }

    MentorshipSummary summary(Facts facts, String reader) {
        var m = facts.mentorship();
        var myRole = m.member(reader).map(x -> x.memberRole).orElse(null);
        return new MentorshipSummary(
                m.id,
                m.programId,
                facts.program() == null ? "" : facts.program().name(),
                m.status,
                myRole,
                partners(m),
                m.startedOn,
                facts.lastSessionAt(),
                facts.nextSessionAt(),
                facts.objectives(ObjectiveProgress.REACHED),
                facts.objectives().size(),
                facts.health().health(),
                m.isGroup());
    }

    PairStatus status(Facts facts) {
        var m = facts.mentorship();
        return new PairStatus(
                m.id,
                m.programId,
                m.status,
                partners(m),
                m.startedOn,
                m.endedOn,
                m.kickOffDone(),
                facts.lastSessionAt(),
                facts.nextSessionAt(),
                facts.held().size(),
                facts.objectives().size(),
                facts.objectives(ObjectiveProgress.IN_PROGRESS),
                facts.objectives(ObjectiveProgress.REACHED),
                facts.health().health(),
                facts.health().reasons(),
                reviews.findByMentorshipId(m.id).size(),
                m.endReason,
                m.isGroup());
    }

    @Transactional(readOnly = true)
    List<PairStatus> pairs(long programId) {
        var cache = new HashMap<Long, ProgramView>();
        return mentorships.findByProgramIdOrderByIdAsc(programId).stream()
                .map(m -> status(facts(m, cache)))
                .toList();
    }

    @Transactional(readOnly = true)
    List<PairStatus> allPairs() {
        var cache = new HashMap<Long, ProgramView>();
        return mentorships.findAll().stream()
                .sorted(Comparator.comparing((Mentorship m) -> m.id))
                .map(m -> status(facts(m, cache)))
                .toList();
    }

    /** When each review opens for a pair: three weeks before the programme's mid-point and closing dates. */
    LocalDate reviewOpensOn(Facts facts, ReviewKind kind) {
        var m = facts.mentorship();
        if (m.startedOn == null) {
            return null;
        }
        var program = facts.program();
        if (kind == ReviewKind.MID_POINT) {
            var mid = program == null ? null : program.date(Phase.MID_POINT_REVIEW);
            var opens = (mid == null ? m.startedOn.plusDays(90) : mid).minusDays(21);
            var earliest = m.startedOn.plusDays(30);
            return opens.isBefore(earliest) ? earliest : opens;
        }
        var closing = program == null ? null : program.date(Phase.CLOSING);
        var opens = (closing == null ? m.startedOn.plusDays(180) : closing).minusDays(21);
        var earliest = m.startedOn.plusDays(45);
        return opens.isBefore(earliest) ? earliest : opens;
    }

    boolean reviewOpen(Facts facts, ReviewKind kind) {
        var status = facts.mentorship().status;
        if (status == MentorshipStatus.PROPOSED || status == MentorshipStatus.ENDED_EARLY) {
            return false;
        }
        if (kind == ReviewKind.CLOSING && status == MentorshipStatus.COMPLETED) {
            return true;
        }
        if (status != MentorshipStatus.ACTIVE) {
            return false;
        }
        var opens = reviewOpensOn(facts, kind);
        return opens != null && !facts.today().isBefore(opens);
    }

    List<NextAction> nextActions(Facts facts, String reader) {
        var m = facts.mentorship();
        var actions = new ArrayList<NextAction>();
        var with =
                String.join(", ", m.everyoneBut(reader).stream().map(this::name).toList());
        var page = "/mentorships/" + m.id;
        if (m.status == MentorshipStatus.PROPOSED) {
            actions.add(new NextAction(NextActionKind.ACCEPT_PROPOSAL, m.id, null, null, with, page));
            return actions;
        }
        if (m.status == MentorshipStatus.ACTIVE) {
            var me = m.member(reader).orElse(null);
            if (me != null && !me.kickedOff()) {
                actions.add(new NextAction(NextActionKind.KICK_OFF, m.id, null, null, with, page + "#kickoff"));
            }
            if (facts.objectives().isEmpty()) {
                actions.add(
                        new NextAction(NextActionKind.WRITE_OBJECTIVES, m.id, null, null, with, page + "#objectives"));
            }
            var held = facts.held();
            held.stream()
                    .filter(s -> !s.isLogged())
                    .reduce((a, b) -> b)
                    .ifPresent(s -> actions.add(new NextAction(
                            NextActionKind.LOG_SESSION, m.id, s.id, null, with, page + "/sessions/" + s.id)));
            held.stream()
                    .filter(MentorshipSession::isLogged)
                    .filter(s -> s.member(reader).map(x -> x.rating == null).orElse(false))
                    .reduce((a, b) -> b)
                    .ifPresent(s -> actions.add(new NextAction(
                            NextActionKind.RATE_SESSION, m.id, s.id, null, with, page + "/sessions/" + s.id)));
            if (facts.next() == null) {
                actions.add(new NextAction(NextActionKind.PLAN_SESSION, m.id, null, null, with, page + "#sessions"));
            }
        }
        var answered = reviews.findByMentorshipId(m.id).stream()
                .filter(r -> r.author.equals(reader))
                .map(r -> r.kind)
                .toList();
        for (var kind : ReviewKind.values()) {
            if (reviewOpen(facts, kind) && !answered.contains(kind)) {
                actions.add(new NextAction(
                        NextActionKind.ANSWER_REVIEW,
                        m.id,
                        null,
                        kind,
                        with,
                        page + "/reviews/" + kind.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return actions;
    }

    @Transactional(readOnly = true)
    ParticipantHome home(String employeeNumber) {
        if (employeeNumber == null) {
            return new ParticipantHome(List.of(), null, List.of());
        }
        var cache = new HashMap<Long, ProgramView>();
        var summaries = new ArrayList<MentorshipSummary>();
        var actions = new ArrayList<NextAction>();
        UpcomingSession next = null;
        for (var m : mentorships.findByMember(employeeNumber)) {
            var facts = facts(m, cache);
            summaries.add(summary(facts, employeeNumber));
            actions.addAll(nextActions(facts, employeeNumber));
            var candidate = facts.next();
            if (candidate != null && (next == null || candidate.startsAt.isBefore(next.startsAt()))) {
                next = new UpcomingSession(
                        m.id,
                        candidate.id,
                        candidate.startsAt,
                        candidate.endsAt(),
                        candidate.meetingFormat,
                        candidate.place,
                        candidate.link,
                        String.join(
                                ", ",
                                m.everyoneBut(employeeNumber).stream()
                                        .map(this::name)
                                        .toList()));
            }
        }
        actions.sort(Comparator.comparing(NextAction::kind));
        return new ParticipantHome(summaries, next, actions);
    }

    @Transactional(readOnly = true)
    MentorshipDetail detail(Mentorship m, String reader) {
        var facts = facts(m);
        var members = m.members.stream()
                .map(x -> new MemberView(
                        x.employeeNumber,
                        name(x.employeeNumber),
                        x.memberRole,
                        x.kickedOff(),
                        x.charterVersion,
                        x.charterAcceptedAt,
                        x.expectations))
                .toList();
        var me = members.stream()
                .filter(x -> x.employeeNumber().equals(reader))
                .findFirst()
                .orElseThrow();
        var sessionViews = facts.sessions().stream()
                .map(s -> session(s, reader, facts.now()))
                .toList();
        var next = facts.next() == null ? null : session(facts.next(), reader, facts.now());
        var noteViews = notes.findByMentorshipIdOrderByCreatedAtDesc(m.id).stream()
                .filter(n -> n.readableBy(reader))
                .map(n -> new NoteView(n.id, name(n.author), n.author.equals(reader), n.shared, n.body, n.createdAt))
                .toList();
        var mine = reviews.findByMentorshipId(m.id).stream()
                .filter(r -> r.author.equals(reader))
                .toList();
        var reviewViews = java.util.Arrays.stream(ReviewKind.values())
                .map(kind -> {
                    var answer = mine.stream().filter(r -> r.kind == kind).findFirst();
                    return new ReviewView(
                            kind,
                            reviewOpen(facts, kind),
                            reviewOpensOn(facts, kind),
                            answer.isPresent(),
                            answer.map(r -> r.satisfaction).orElse(null));
                })
                .toList();
        var charter =
                facts.program() == null ? 0 : programs.charter(m.programId).number();
        return new MentorshipDetail(
                summary(facts, reader),
                members,
                me,
                charter,
                facts.objectives().stream().map(this::objective).toList(),
                sessionViews,
                next,
                noteViews,
                reviewViews,
                nextActions(facts, reader),
                facts.health().reasons(),
                m.endReason,
                m.endedOn,
                m.status == MentorshipStatus.ACTIVE);
    }

    int detailCharter(Mentorship m) {
        return programs.charter(m.programId).number();
    }

    ObjectiveView objective(Objective o) {
        return new ObjectiveView(
                o.id,
                o.title,
                o.measure,
                o.targetDate,
                o.progress,
                o.progressComment,
                o.updatedBy == null ? null : name(o.updatedBy),
                o.updatedAt,
                o.version);
    }

    SessionView session(MentorshipSession s, String reader, Instant now) {
        var attended = s.members.stream()
                .filter(x -> Boolean.TRUE.equals(x.attended))
                .map(x -> x.employeeNumber)
                .sorted()
                .toList();
        var ratings = (int) s.members.stream().filter(x -> x.rating != null).count();
        var mine = s.member(reader).map(x -> x.rating).orElse(null);
        return new SessionView(
                s.id,
                s.startsAt,
                s.endsAt(),
                s.durationMinutes,
                s.meetingFormat,
                s.place,
                s.link,
                s.agenda,
                s.status == MentorshipSession.Status.CANCELLED,
                s.hasStarted(now),
                s.isLogged(),
                s.covered,
                s.menteeLearned,
                s.mentorLearned,
                s.nextSteps,
                s.loggedBy == null ? null : name(s.loggedBy),
                attended,
                ratings,
                mine,
                s.icalSequence,
                Objects.requireNonNullElse(s.version, 0));
    }

    @Transactional(readOnly = true)
    PairHealthCounts counts(long programId) {
        var cache = new HashMap<Long, ProgramView>();
        int total = 0, proposed = 0, active = 0, completed = 0, ended = 0, pending = 0, healthy = 0, stalled = 0;
        int held = 0, planned = 0, objectivesTotal = 0, inProgress = 0, reached = 0, reviewCount = 0;
        long minutes = 0;
        for (var m : mentorships.findByProgramIdOrderByIdAsc(programId)) {
            var facts = facts(m, cache);
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
            reviewCount += reviews.findByMentorshipId(m.id).size();
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
