package org.binome.mentorships;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.binome.programs.Programs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one member sees of their pairs: the home page (pairs, next session, next actions) and a pair's page (members,
 * objectives, sessions, their own and shared notes, their reviews). Never another member's private notes.
 */
@Component
class MemberPages {

    private final PairLoading mentorships;
    private final Programs programs;
    private final PairFactsLoader loader;
    private final MemberNames names;
    private final NextActions nextActions;

    private final org.binome.privacy.NoteEncryption encryption;

    MemberPages(
            PairLoading mentorships,
            Programs programs,
            PairFactsLoader loader,
            MemberNames names,
            NextActions nextActions,
            org.binome.privacy.NoteEncryption encryption) {
        this.encryption = encryption;
        this.mentorships = mentorships;
        this.programs = programs;
        this.loader = loader;
        this.names = names;
        this.nextActions = nextActions;
    }

    MentorshipSummary summary(PairOutline facts, String reader) {
        var m = facts.mentorship();
        var myRole = m.member(reader).map(x -> x.memberRole).orElse(null);
        return new MentorshipSummary(
                m.id,
                m.programId,
                facts.program() == null ? "" : facts.program().name(),
                m.status,
                myRole,
                names.partners(m),
                m.startedOn,
                facts.lastSessionAt(),
                facts.nextSessionAt(),
                facts.objectives().reached(),
                facts.objectives().total(),
                facts.health().health(),
                m.isGroup());
    }

    @Transactional(readOnly = true)
    ParticipantHome home(String employeeNumber) {
        if (employeeNumber == null) {
            return new ParticipantHome(List.of(), null, List.of());
        }
        var summaries = new ArrayList<MentorshipSummary>();
        var actions = new ArrayList<NextAction>();
        UpcomingSession next = null;
        // Set-based: the person's pairs, their members, sessions, objectives, reviews and names in a few queries
        // however many pairs and sessions they have.
        var pairs = mentorships.ofMember(employeeNumber);
        names.preload(pairs.stream().flatMap(m -> m.everyone().stream()).toList());
        var reviewsOf = pairs.isEmpty()
                ? java.util.Map.<Long, List<Review>>of()
                : mentorships.reviewsOf(pairs.stream().map(m -> m.id).toList()).stream()
                        .collect(java.util.stream.Collectors.groupingBy(r -> r.mentorshipId));
        for (var facts : loader.facts(pairs)) {
            var m = facts.mentorship();
            summaries.add(summary(facts.outline(), employeeNumber));
            actions.addAll(nextActions.of(facts, employeeNumber, reviewsOf.getOrDefault(m.id, List.of())));
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
                                        .map(names::name)
                                        .toList()));
            }
        }
        actions.sort(Comparator.comparing(NextAction::kind));
        return new ParticipantHome(summaries, next, actions);
    }

    @Transactional(readOnly = true)
    MentorshipDetail detail(Mentorship m, String reader) {
        var facts = loader.facts(m);
        var pairNotes = mentorships.notesReadableBy(m.id, reader);
        var pairReviews = mentorships.reviewsOf(List.of(m.id));
        // Everyone the page names, in one query (members, note authors, who updated an objective or logged a session).
        var named = new ArrayList<>(m.everyone());
        pairNotes.forEach(n -> named.add(n.author));
        facts.objectives().forEach(o -> named.add(o.updatedBy));
        facts.sessions().forEach(s -> named.add(s.loggedBy));
        names.preload(named);
        var members = m.members.stream()
                .map(x -> new MemberView(
                        x.employeeNumber,
                        names.name(x.employeeNumber),
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
        var noteViews = pairNotes.stream()
                .filter(n -> n.readableBy(reader))
                .map(n -> new NoteView(
                        n.id,
                        names.name(n.author),
                        n.author.equals(reader),
                        n.shared,
                        encryption.decrypt(n.body),
                        n.createdAt))
                .toList();
        var mine = pairReviews.stream().filter(r -> r.author.equals(reader)).toList();
        var outline = facts.outline();
        var reviewViews = java.util.Arrays.stream(ReviewKind.values())
                .map(kind -> {
                    var answer = mine.stream().filter(r -> r.kind == kind).findFirst();
                    return new ReviewView(
                            kind,
                            ReviewPolicy.isOpen(outline, kind),
                            ReviewPolicy.opensOn(outline, kind),
                            answer.isPresent(),
                            answer.map(r -> r.satisfaction).orElse(null));
                })
                .toList();
        // The page shows the charter's text too: read once, here.
        var charter = facts.program() == null ? null : programs.charter(m.programId);
        return new MentorshipDetail(
                summary(outline, reader),
                members,
                me,
                charter,
                facts.objectives().stream().map(this::objective).toList(),
                sessionViews,
                next,
                noteViews,
                reviewViews,
                nextActions.of(facts, reader, pairReviews),
                facts.health().reasons(),
                m.endReason,
                m.endedOn,
                m.endMessage == null
                        ? null
                        : new MentorshipDetail.EndWord(
                                m.endedByAdministrator
                                        ? null
                                        : members.stream()
                                                .filter(x -> x.employeeNumber().equals(m.endedBy))
                                                .map(MemberView::name)
                                                .findFirst()
                                                .orElse(null),
                                m.endMessage),
                m.status == MentorshipStatus.ACTIVE);
    }

    int charterNumber(Mentorship m) {
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
                o.updatedBy == null ? null : names.name(o.updatedBy),
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
                s.loggedBy == null ? null : names.name(s.loggedBy),
                attended,
                ratings,
                mine,
                s.icalSequence,
                Objects.requireNonNullElse(s.version, 0));
    }
}
