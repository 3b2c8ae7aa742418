package org.binome.people;

import java.util.List;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's part of a person's export and erasure. Erasure keeps the person's row for the counts (department,
 * site, status) under the pseudonym, with every identifying value removed; the people they managed point at the
 * pseudonym.
 */
@Component
class PeoplePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PeoplePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "people";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.pseudonymised(
                        "person",
                        "directory: identity removed, department and site kept",
                        "employee_number",
                        "manager_number"),
                Table.technical("import_job", "HR imports in progress or done; who started it", "started_by"),
                Table.technical("import_problem", "an import's line problems, cell values quoted", "cell_value"),
                Table.notPersonal("import_column_mapping", "column mapping of HR files"),
                Table.notPersonal("import_saved_mapping", "saved mappings per HR source"),
                Table.notPersonal("import_value_table", "department and site value tables"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(new Part(
                "profile",
                jdbc.sql("select employee_number, first_name, last_name, email, department, site, job_title,"
                                + " manager_number, hire_date, career_start_year, languages, birth_year, leaving_date,"
                                + " status from person where employee_number = ?")
                        .param(employeeNumber)
                        .query()
                        .listOfRows()));
    }

    @Override
    public List<String> departedBefore(java.time.LocalDate date) {
        return jdbc.sql("select employee_number from person where status = 'LEFT' and leaving_date < ?"
                        + " and employee_number not like 'ANON-%' order by leaving_date, employee_number")
                .param(java.sql.Date.valueOf(date))
                .query(String.class)
                .list();
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        var email = jdbc.sql("select email from person where employee_number = ?")
                .param(employeeNumber)
                .query(String.class)
                .optional();
        jdbc.sql("update person set employee_number = ?, first_name = '-', last_name = ?, email = null,"
                        + " email_key = null, first_name_key = '-', last_name_key = lower(?), job_title = null,"
                        + " manager_number = null, hire_date = null, career_start_year = null, birth_year = null,"
                        + " status = 'LEFT', version = version + 1 where employee_number = ?")
                .params(pseudonym, pseudonym, pseudonym, employeeNumber)
                .update();
        jdbc.sql("update person set manager_number = ? where manager_number = ?")
                .params(pseudonym, employeeNumber)
                .update();
        jdbc.sql("delete from import_problem where cell_value = ? or cell_value = ?")
                .params(employeeNumber, email.orElse(employeeNumber))
                .update();
    }
}
