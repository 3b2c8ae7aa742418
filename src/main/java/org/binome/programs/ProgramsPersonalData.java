package org.binome.programs;

import java.util.List;
import org.binome.identity.Accounts;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programmes' part of a person's export and erasure: their applications. Erasure keeps each application's role,
 * status and dates for the counts, under the pseudonym, and removes what the person wrote and wished.
 */
@Component
class ProgramsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    ProgramsPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return "programs";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.notPersonal("program", "programmes; sponsors are named by role in the programme text"),
                Table.notPersonal("program_faq", "programme FAQ"),
                Table.pseudonymised("charter_version", "charter texts; who wrote a version", "created_by"),
                Table.pseudonymised(
                        "program_application",
                        "applications: counts kept, motivation and wishes removed",
                        "employee_number",
                        "reviewed_by"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(new Part(
                "applications",
                jdbc.sql("select a.program_id, p.name as programme, a.role, a.status, a.motivation, a.offered_skills,"
                                + " a.wanted_skills, a.preferred_days, a.time_slots, a.languages, a.meeting_mode,"
                                + " a.site, a.wished_people, a.avoided_people, a.wished_departments,"
                                + " a.avoided_departments, a.consent_version, a.consent_text, a.consented_at,"
                                + " a.charter_version, a.charter_accepted_at, a.submitted_at, a.updated_at,"
                                + " a.reviewed_at, a.review_message from program_application a"
                                + " join program p on p.id = a.program_id where a.employee_number = ? order by a.id")
                        .param(employeeNumber)
                        .query()
                        .listOfRows()));
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        jdbc.sql("update program_application set employee_number = ?, motivation = null, wished_people = '',"
                        + " avoided_people = '', wished_departments = '', avoided_departments = '', site = null,"
                        + " review_message = null where employee_number = ?")
                .params(pseudonym, employeeNumber)
                .update();
        // Other people's wishes naming this person lose the name.
        jdbc.sql("update program_application set wished_people = replace(wished_people, ?, ?),"
                        + " avoided_people = replace(avoided_people, ?, ?)"
                        + " where wished_people like ? or avoided_people like ?")
                .params(
                        employeeNumber,
                        pseudonym,
                        employeeNumber,
                        pseudonym,
                        "%" + employeeNumber + "%",
                        "%" + employeeNumber + "%")
                .update();
        accounts.findByEmployeeNumber(employeeNumber).ifPresent(account -> {
            jdbc.sql("update program_application set reviewed_by = ? where reviewed_by = ?")
                    .params(pseudonym, account.username())
                    .update();
            jdbc.sql("update charter_version set created_by = ? where created_by = ?")
                    .params(pseudonym, account.username())
                    .update();
        });
    }
}
