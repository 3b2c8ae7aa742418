package org.binome.matching;

import java.util.List;
import org.binome.identity.Accounts;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Matching's part of a person's export and erasure: proposals they were in, their answers, requests naming them. */
@Component
class MatchingPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    MatchingPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return "matching";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.pseudonymised("matching_run", "matching runs; who started one", "started_by"),
                Table.notPersonal("matching_proposal", "proposals: scores and statuses"),
                Table.pseudonymised(
                        "matching_proposal_member", "members of a proposal, their answer", "employee_number"),
                Table.pseudonymised("matching_unmatched", "people a run left unmatched, and why", "employee_number"),
                Table.pseudonymised("matching_request", "pairs made by hand", "mentor", "mentee", "requested_by"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(
                new Part(
                        "proposals",
                        jdbc.sql("select p.program_id, p.score, p.status, p.published_at, m.role, m.answer,"
                                        + " m.answered_at from matching_proposal_member m join matching_proposal p"
                                        + " on p.id = m.proposal where m.employee_number = ? order by p.id")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()),
                new Part(
                        "unmatched",
                        jdbc.sql("select run_id, role, reason from matching_unmatched where employee_number = ?")
                                .param(employeeNumber)
                                .query()
                                .listOfRows()));
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        for (var sql : List.of(
                "update matching_proposal_member set employee_number = ? where employee_number = ?",
                "update matching_unmatched set employee_number = ? where employee_number = ?",
                "update matching_request set mentor = ? where mentor = ?",
                "update matching_request set mentee = ? where mentee = ?",
                "update matching_request set requested_by = ? where requested_by = ?")) {
            jdbc.sql(sql).params(pseudonym, employeeNumber).update();
        }
        accounts.findByEmployeeNumber(employeeNumber)
                .ifPresent(account -> jdbc.sql("update matching_run set started_by = ? where started_by = ?")
                        .params(pseudonym, account.username())
                        .update());
    }
}
