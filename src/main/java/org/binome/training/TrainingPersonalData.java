package org.binome.training;

import java.util.List;
import org.binome.identity.Accounts;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training's part of a person's export and erasure: completions, quiz attempts, circles, their help requests. What a
 * circle said in a session belongs to the circle and is not exported (it is about others too); a person erased while
 * in a running circle leaves it first. Their help requests are deleted.
 */
@Component
class TrainingPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final java.time.Clock clock;

    TrainingPersonalData(JdbcClient jdbc, Accounts accounts, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "training";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.notPersonal("training_path", "training paths per programme and role"),
                Table.notPersonal("training_module", "training content"),
                Table.notPersonal("training_question", "quiz questions"),
                Table.notPersonal("training_choice", "quiz answers offered"),
                Table.pseudonymised("training_completion", "modules completed, scores", "employee_number"),
                Table.deleted("quiz_attempts", "failed quiz attempts (waiting time)", "employee_number"),
                Table.pseudonymised("circle", "codevelopment circles; their facilitator", "facilitator"),
                Table.pseudonymised("circle_member", "circle membership", "employee_number"),
                Table.pseudonymised("circle_session", "circle sessions; the session's client", "client"),
                Table.deleted("help_request", "the person's help requests", "requester", "facilitator"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(
                part(
                        "completions",
                        "select module_id, completed_at, score from training_completion where employee_number = ?",
                        employeeNumber),
                part(
                        "circles",
                        "select c.id, c.name, m.joined_at, m.left_at from circle_member m join circle c"
                                + " on c.id = m.circle_id where m.employee_number = ?",
                        employeeNumber),
                part(
                        "help_requests",
                        "select program_id, addressee, message, created_at, answer, answered_at from help_request"
                                + " where requester = ? order by created_at",
                        employeeNumber));
    }

    private Part part(String name, String sql, Object... params) {
        return Part.query(jdbc, name, sql, params);
    }

    @Override
    public List<String> obstacles(String employeeNumber) {
        var running = jdbc.sql("select count(*) from circle_member where employee_number = ? and left_at is null")
                .param(employeeNumber)
                .query(Integer.class)
                .single();
        var facilitating = jdbc.sql("select count(*) from circle where facilitator = ?")
                .param(employeeNumber)
                .query(Integer.class)
                .single();
        return running + facilitating > 0 ? List.of("training.privacy.activeCircle") : List.of();
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        jdbc.sql("update circle_member set left_at = ? where employee_number = ? and left_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), employeeNumber)
                .update();
        jdbc.sql("delete from help_request where requester = ?")
                .param(employeeNumber)
                .update();
        jdbc.sql("delete from quiz_attempts where employee_number = ?")
                .param(employeeNumber)
                .update();
        for (var sql : List.of(
                "update training_completion set employee_number = ? where employee_number = ?",
                "update circle set facilitator = ? where facilitator = ?",
                "update circle_member set employee_number = ? where employee_number = ?",
                "update circle_session set client = ? where client = ?",
                "update help_request set facilitator = ? where facilitator = ?")) {
            jdbc.sql(sql).params(pseudonym, employeeNumber).update();
        }
        accounts.findByEmployeeNumber(employeeNumber)
                .ifPresent(account -> jdbc.sql("update help_request set answered_by = ? where answered_by = ?")
                        .params(pseudonym, account.displayName())
                        .update());
    }
}
