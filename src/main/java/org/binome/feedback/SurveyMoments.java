package org.binome.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.binome.mentorships.MentorshipEnded;
import org.binome.mentorships.MentorshipStarted;
import org.binome.mentorships.SessionLogged;
import org.binome.programs.ApplicationAccepted;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Phase;
import org.binome.programs.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moments surveys go out, read from other modules' events and timelines: enrolment when an application is
 * accepted, the first session when a pair logs one, the end when a pair ends; mid-point (the programme's mid-point
 * review date), the end of pairs still running at the programme's closing date, and six months after each end, by
 * the morning reminder run ({@link SurveyReminders}). Members of pairs are copied from the mentorships events.
 */
@Component
class SurveyMoments {

    /** A daily moment missed (server down) is still sent within this many days. */
    static final int CATCH_UP_DAYS = 7;

    private final SurveyInvitations invitations;
    private final JdbcClient jdbc;
    private final Programs programs;
    private final Clock clock;

    SurveyMoments(SurveyInvitations invitations, JdbcClient jdbc, Programs programs, Clock clock) {
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.programs = programs;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApplicationAccepted event) {
        invitations.invite(
                SurveyMoment.ENROLMENT, event.programId(), event.employeeNumber(), event.role(), LocalDate.now(clock));
    }

    @ApplicationModuleListener
    void on(MentorshipStarted event) {
        started(event.programId(), event.mentorshipId(), event.mentors(), event.mentees());
    }

    @Transactional
    void started(long programId, long mentorshipId, List<String> mentors, List<String> mentees) {
        for (var mentor : mentors) {
            member(mentorshipId, programId, mentor, ParticipantRole.MENTOR);
        }
        for (var mentee : mentees) {
            member(mentorshipId, programId, mentee, ParticipantRole.MENTEE);
        }
    }

    @ApplicationModuleListener
    void on(SessionLogged event) {
        var today = LocalDate.now(clock);
        for (var member : members(event.mentorshipId())) {
            invitations.invite(SurveyMoment.FIRST_SESSION, event.programId(), member.person(), member.role(), today);
        }
    }

    @ApplicationModuleListener
    void on(MentorshipEnded event) {
        ended(event.programId(), event.mentorshipId(), event.mentors(), event.mentees(), event.endedOn());
    }

    @Transactional
    void ended(long programId, long mentorshipId, List<String> mentors, List<String> mentees, LocalDate endedOn) {
        started(programId, mentorshipId, mentors, mentees);
        jdbc.sql("update feedback_pair_member set ended_on = :ended where mentorship_id = :id and ended_on is null")
                .param("ended", endedOn)
                .param("id", mentorshipId)
                .update();
        var today = LocalDate.now(clock);
        for (var member : members(mentorshipId)) {
            invitations.invite(SurveyMoment.END, programId, member.person(), member.role(), today);
        }
    }

    /** The daily moments: mid-point, closing, six months after. */
    @Transactional
    int daily(LocalDate today) {
        int sent = 0;
        for (var programme : programs.findAll()) {
            var midPoint = programme.date(Phase.MID_POINT_REVIEW);
            if (due(midPoint, today)) {
                for (var member : activeMembers(programme.id())) {
                    sent += invitations.invite(
                            SurveyMoment.MID_POINT, programme.id(), member.person(), member.role(), today);
                }
            }
            var closing = programme.date(Phase.CLOSING);
            if (due(closing, today)) {
                var members = activeMembers(programme.id());
                jdbc.sql("update feedback_pair_member set ended_on = :closing where program_id = :program"
                                + " and ended_on is null")
                        .param("closing", closing)
                        .param("program", programme.id())
                        .update();
                for (var member : members) {
                    sent += invitations.invite(SurveyMoment.END, programme.id(), member.person(), member.role(), today);
                }
            }
        }
        // six months after the end is the end's day six months later (an end on 31 August: 28 February), so the
        // candidates are read with a few days' margin and chosen by that day
        var sixMonthsAgo = today.minusMonths(6);
        var sixMonths = jdbc
                .sql("select distinct program_id, employee_number, participant_role, ended_on"
                        + " from feedback_pair_member where ended_on <= :latest and ended_on > :earliest")
                .param("latest", sixMonthsAgo.plusDays(3))
                .param("earliest", sixMonthsAgo.minusDays(CATCH_UP_DAYS + 3))
                .query((rs, i) ->
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)
                        })
                .list()
                .stream()
                .filter(row -> due(((LocalDate) row[3]).plusMonths(6), today))
                .toList();
        for (var row : sixMonths) {
            sent += invitations.invite(
                    SurveyMoment.SIX_MONTHS,
                    (Long) row[0],
                    (String) row[1],
                    ParticipantRole.valueOf((String) row[2]),
                    today);
        }
        return sent;
    }

    private static boolean due(LocalDate date, LocalDate today) {
        return date != null && !today.isBefore(date) && today.isBefore(date.plusDays(CATCH_UP_DAYS));
    }

    record Member(String person, ParticipantRole role) {}

    private List<Member> members(long mentorshipId) {
        return jdbc.sql("select employee_number, participant_role from feedback_pair_member where mentorship_id = :id")
                .param("id", mentorshipId)
                .query((rs, i) -> new Member(rs.getString(1), ParticipantRole.valueOf(rs.getString(2))))
                .list();
    }

    private List<Member> activeMembers(long programId) {
        return jdbc.sql("select distinct employee_number, participant_role from feedback_pair_member"
                        + " where program_id = :program and ended_on is null")
                .param("program", programId)
                .query((rs, i) -> new Member(rs.getString(1), ParticipantRole.valueOf(rs.getString(2))))
                .list();
    }

    private void member(long mentorshipId, long programId, String person, ParticipantRole role) {
        int updated = jdbc.sql("update feedback_pair_member set program_id = :program where mentorship_id = :id"
                        + " and employee_number = :person")
                .param("program", programId)
                .param("id", mentorshipId)
                .param("person", person)
                .update();
        if (updated == 0) {
            // the same pair's events handled at once on two threads both insert: the second does nothing (catching
            // the duplicate instead would leave a PostgreSQL transaction aborted and the event publication failed)
            jdbc.sql("insert into feedback_pair_member (mentorship_id, program_id, employee_number,"
                            + " participant_role) values (:id, :program, :person, :role) on conflict do nothing")
                    .param("id", mentorshipId)
                    .param("program", programId)
                    .param("person", person)
                    .param("role", role.name())
                    .update();
        }
    }
}
