package org.binome.identity;

import java.util.List;
import org.binome.privacy.AuditLog;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Identity's part of a person's export and erasure: the account, its roles and history, the open sessions. Erasure
 * deletes the account (its links and history go with it) and the sessions; entries the person made as an
 * administrator elsewhere keep the pseudonym. It runs last: other modules store usernames it maps.
 */
@Component
class IdentityPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    IdentityPersonalData(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public int erasureOrder() {
        return 100;
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.deleted("user_account", "the account", "employee_number", "username", "email"),
                Table.deleted("account_token", "invitation and reset links (digests), with the account", "created_by"),
                Table.deleted("account_audit", "the account's history, with the account", "actor"),
                Table.technical("password_reset_request", "digests of reset requests, for throttling"),
                Table.technical("login_throttle", "digests of sign-in failure counters"),
                Table.technical("login_known_client", "digests of known browsers and addresses"),
                Table.pseudonymised("invitation_job", "bulk invitations; who started them", "started_by"),
                Table.pseudonymised("invitation_problem", "people a bulk invitation skipped", "employee_number"),
                Table.pseudonymised(
                        "api_token", "integration tokens; who created and revoked them", "created_by", "revoked_by"),
                Table.deleted("spring_session", "open sessions", "principal_name"),
                Table.technical("spring_session_attributes", "open sessions' attributes, with the session"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(
                new Part(
                        "account",
                        jdbc.sql("select username, display_name, email, roles, locale, status, created_at,"
                                        + " last_sign_in_at from user_account where employee_number = ?")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()),
                new Part(
                        "account_history",
                        jdbc.sql("select a.at, a.action, a.detail from account_audit a join user_account u"
                                        + " on u.id = a.account_id where u.employee_number = ? order by a.at")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()),
                new Part(
                        "open_sessions",
                        jdbc.sql("select s.creation_time, s.last_access_time from spring_session s join user_account u"
                                        + " on u.username = s.principal_name where u.employee_number = ?")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()));
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        var usernames = jdbc.sql("select username from user_account where employee_number = ?")
                .param(employeeNumber)
                .query(String.class)
                .list();
        for (var username : usernames) {
            jdbc.sql("delete from spring_session where principal_name = ?")
                    .param(username)
                    .update();
            jdbc.sql("update account_audit set actor = ? where actor = ?")
                    .params(pseudonym, username)
                    .update();
            jdbc.sql("update account_token set created_by = ? where created_by = ?")
                    .params(pseudonym, username)
                    .update();
            jdbc.sql("update api_token set created_by = ? where created_by = ?")
                    .params(pseudonym, username)
                    .update();
            jdbc.sql("update api_token set revoked_by = ? where revoked_by = ?")
                    .params(pseudonym, username)
                    .update();
            jdbc.sql("update invitation_job set started_by = ? where started_by = ?")
                    .params(pseudonym, username)
                    .update();
        }
        jdbc.sql("update invitation_problem set employee_number = ?, name = null where employee_number = ?")
                .params(pseudonym, employeeNumber)
                .update();
        jdbc.sql("delete from user_account where employee_number = ?")
                .param(employeeNumber)
                .update();
        audit.pseudonymise(usernames, pseudonym);
    }
}
