package org.binome.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.programs.ParticipantRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is asked which survey. One invitation per survey, programme and person (a unique constraint), so nobody is
 * asked twice; each invitation is announced in the app and by e-mail (category "survey", which people may turn off).
 */
@Component
class SurveyInvitations {

    private static final String COLUMNS = "i.id, i.survey_id, i.version_id, i.program_id, i.employee_number,"
            + " i.participant_role, s.moment, s.title_fr, s.title_en, i.sent_on, i.closes_on, i.answered_on";

    private final JdbcClient jdbc;
    private final SurveyStore surveys;
    private final Notifications notifications;

    SurveyInvitations(JdbcClient jdbc, SurveyStore surveys, Notifications notifications) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.notifications = notifications;
    }

    /** Sends this moment's enabled surveys meant for the role; returns how many invitations were new. */
    @Transactional
    int invite(SurveyMoment moment, long programId, String employeeNumber, ParticipantRole role, LocalDate today) {
        int sent = 0;
        for (var survey : surveys.enabledFor(moment)) {
            if (survey.audience().includes(role)) {
                var id = create(survey, programId, employeeNumber, role, today);
                if (id.isPresent()) {
                    sent++;
                    notifications.notify(new Notification(
                            employeeNumber,
                            "survey.invited",
                            Map.of("closes", today.plusDays(survey.openDays())),
                            "/me/surveys/" + id.get(),
                            List.of(),
                            true,
                            "survey-invited:" + id.get()));
                }
            }
        }
        return sent;
    }

    /**
     * Records this moment's invitations without announcing them (no notification, no e-mail): for seeding answered
     * surveys of a finished programme, whose participants must not be told today about surveys of long ago.
     */
    @Transactional
    List<Long> recordQuietly(
            SurveyMoment moment, long programId, String employeeNumber, ParticipantRole role, LocalDate today) {
        var ids = new java.util.ArrayList<Long>();
        for (var survey : surveys.enabledFor(moment)) {
            if (survey.audience().includes(role)) {
                create(survey, programId, employeeNumber, role, today).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private Optional<Long> create(
            SurveyRow survey, long programId, String employeeNumber, ParticipantRole role, LocalDate today) {
        boolean exists = jdbc.sql("select count(*) from feedback_invitation where survey_id = :survey"
                                + " and program_id = :program and employee_number = :person")
                        .param("survey", survey.id())
                        .param("program", programId)
                        .param("person", employeeNumber)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into feedback_invitation (survey_id, version_id, program_id, employee_number,"
                            + " participant_role, sent_on, closes_on) values (:survey, :version, :program, :person,"
                            + " :role, :sent, :closes)")
                    .param("survey", survey.id())
                    .param("version", surveys.currentVersionId(survey.id()))
                    .param("program", programId)
                    .param("person", employeeNumber)
                    .param("role", role.name())
                    .param("sent", today)
                    .param("closes", today.plusDays(survey.openDays()))
                    .update(keys, "id");
        } catch (DuplicateKeyException alreadyAsked) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    @Transactional(readOnly = true)
    Optional<InvitationView> find(long invitationId) {
        return select("i.id = :id", "i.id")
                .param("id", invitationId)
                .query(SurveyInvitations::row)
                .optional();
    }

    @Transactional(readOnly = true)
    List<InvitationView> of(String employeeNumber) {
        return select("i.employee_number = :person", "i.sent_on desc, i.id desc")
                .param("person", employeeNumber)
                .query(SurveyInvitations::row)
                .list();
    }

    /** Unanswered invitations still open on a day, for the reminders. */
    @Transactional(readOnly = true)
    List<InvitationView> unansweredOpenOn(LocalDate today) {
        return select("i.answered_on is null and i.closes_on >= :today", "i.id")
                .param("today", today)
                .query(SurveyInvitations::row)
                .list();
    }

    /** The one query that reads invitations with their survey's moment and titles. */
    private JdbcClient.StatementSpec select(String where, String orderBy) {
        return jdbc.sql("select " + COLUMNS + " from feedback_invitation i join feedback_survey s on s.id = i.survey_id"
                + " where " + where + " order by " + orderBy);
    }

    /** Marks an invitation answered, once: false when it already was (a second submission). */
    boolean markAnswered(long invitationId, LocalDate today) {
        return jdbc.sql("update feedback_invitation set answered_on = :today, version = version + 1"
                                + " where id = :id and answered_on is null")
                        .param("today", today)
                        .param("id", invitationId)
                        .update()
                == 1;
    }

    /** Invited and answered counts per moment for one programme (no identity). */
    @Transactional(readOnly = true)
    Map<SurveyMoment, long[]> rates(Long programId) {
        var rates = new java.util.EnumMap<SurveyMoment, long[]>(SurveyMoment.class);
        jdbc.sql("select s.moment, count(*), count(i.answered_on) from feedback_invitation i"
                        + " join feedback_survey s on s.id = i.survey_id"
                        + " where (cast(:program as bigint) is null or i.program_id = :program) group by s.moment")
                .param("program", programId)
                .query(rs -> {
                    rates.put(SurveyMoment.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return rates;
    }

    private static InvitationView row(ResultSet rs, int i) throws SQLException {
        return new InvitationView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getString(5),
                ParticipantRole.valueOf(rs.getString(6)),
                SurveyMoment.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class));
    }
}
