package org.binome.feedback;

import java.util.List;
import java.util.UUID;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback's part of a person's export and erasure. Who was asked (invitations) is personal and goes at erasure; the
 * answers themselves are stored without identity and stay, so that programme figures keep their counts, but the keyed
 * hashes that let the person find them (receipt) and pair them (pair key) are replaced by random values, so that
 * nothing links them to the person any more. The export holds the person's own answers, found through their receipts.
 */
@Component
class FeedbackPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final PairingKey pairing;

    FeedbackPersonalData(JdbcClient jdbc, PairingKey pairing) {
        this.jdbc = jdbc;
        this.pairing = pairing;
    }

    @Override
    public String module() {
        return "feedback";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.notPersonal("feedback_survey", "the surveys (content of the organisation)"),
                Table.notPersonal("feedback_survey_version", "versions of the surveys"),
                Table.notPersonal("feedback_question", "questions of a version"),
                Table.notPersonal("feedback_option", "answer options of a question"),
                Table.technical(
                        "feedback_setting",
                        "the generated pairing key when none is configured, the results cache stamp"),
                Table.deleted(
                        "feedback_invitation", "who was asked which survey, and when they answered", "employee_number"),
                Table.deleted("feedback_pair_member", "pair members, copied to time the surveys", "employee_number"),
                Table.pseudonymised(
                        "feedback_response",
                        "anonymous answers with group attributes; the keyed hashes are replaced at erasure"),
                Table.pseudonymised("feedback_answer", "values of an anonymous answer"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        var invitations = Part.query(
                jdbc,
                "survey_invitations",
                "select i.id, s.code as survey, i.program_id, i.participant_role, i.sent_on, i.closes_on,"
                        + " i.answered_on from feedback_invitation i join feedback_survey s on s.id = i.survey_id"
                        + " where i.employee_number = ? order by i.sent_on, i.id",
                employeeNumber);
        var receipts = receipts(employeeNumber);
        var answers = receipts.isEmpty()
                ? new Part("survey_answers", List.of())
                : new Part(
                        "survey_answers",
                        jdbc.sql("select s.code as survey, r.program_id, r.moment, q.code as question, q.text_fr,"
                                        + " q.text_en, a.number_value, a.choice, a.text_value from feedback_answer a"
                                        + " join feedback_response r on r.id = a.response_id"
                                        + " join feedback_survey s on s.id = r.survey_id"
                                        + " join feedback_question q on q.id = a.question_id"
                                        + " where r.receipt in (:receipts) order by r.program_id, s.code, q.position")
                                .param("receipts", receipts)
                                .query()
                                .listOfRows());
        var pairs = Part.query(
                jdbc,
                "survey_pairs",
                "select mentorship_id, program_id, participant_role, ended_on from feedback_pair_member"
                        + " where employee_number = ? order by mentorship_id",
                employeeNumber);
        return List.of(invitations, answers, pairs);
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        for (var receipt : receipts(employeeNumber)) {
            jdbc.sql("update feedback_response set receipt = ? where receipt = ?")
                    .params(randomHash(), receipt)
                    .update();
        }
        var programmes = jdbc.sql("select distinct program_id from feedback_invitation where employee_number = ?")
                .param(employeeNumber)
                .query(Long.class)
                .list();
        for (var programId : programmes) {
            // One random value per programme keeps the person's T0 and end answers paired, anonymously.
            jdbc.sql("update feedback_response set pair_key = ? where program_id = ? and pair_key = ?")
                    .params(randomHash(), programId, pairing.pairOf(programId, employeeNumber))
                    .update();
        }
        jdbc.sql("delete from feedback_invitation where employee_number = ?")
                .param(employeeNumber)
                .update();
        jdbc.sql("delete from feedback_pair_member where employee_number = ?")
                .param(employeeNumber)
                .update();
    }

    private List<String> receipts(String employeeNumber) {
        return jdbc
                .sql("select id from feedback_invitation where employee_number = ? and answered_on is not null")
                .param(employeeNumber)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> pairing.receiptOf(id, employeeNumber))
                .toList();
    }

    private static String randomHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
