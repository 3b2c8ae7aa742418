package org.binome.privacy;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Privacy's own part: the person's consents and the audit entries about them; and the catalogue's framework tables. */
@Component
class PrivacyPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PrivacyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "privacy";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.pseudonymised(
                        "audit_log",
                        "kept for accountability for its retention; actor and subject become the pseudonym",
                        "actor",
                        "subject"),
                Table.notPersonal("audit_chain", "head of the audit chain: sequence numbers and hashes"),
                Table.notPersonal("audit_backfill", "which earlier records were copied into the audit log, and when"),
                Table.deleted("privacy_consent", "the person's consent ledger", "employee_number"),
                Table.pseudonymised("privacy_notice", "notice versions; the publisher's username", "published_by"),
                Table.technical(
                        "privacy_erasure",
                        "number kept only while an erasure runs, then a digest and the pseudonym",
                        "employee_number",
                        "requested_by"),
                // Framework tables, owned by no module.
                Table.notPersonal("flyway_schema_history", "database migrations"),
                Table.technical("event_publication", "module events in flight, completed ones are deleted"),
                Table.notPersonal("shedlock", "locks of the scheduled jobs"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(
                new Part(
                        "consents",
                        jdbc.sql(
                                        "select purpose, reference, text_version, channel, optional_consent, given_at,"
                                                + " withdrawn_at from privacy_consent where employee_number = ? order by given_at")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()),
                new Part(
                        "audit",
                        jdbc.sql("select seq, at, actor, action, target, detail from audit_log where subject = ?"
                                        + " order by seq")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()));
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        jdbc.sql("delete from privacy_consent where employee_number = ?")
                .param(employeeNumber)
                .update();
    }
}
