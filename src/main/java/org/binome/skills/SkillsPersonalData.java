package org.binome.skills;

import java.util.List;
import org.binome.privacy.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Skills' part of a person's export and erasure: the skills they declared; the catalogue is not personal. */
@Component
class SkillsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    SkillsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "skills";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.notPersonal("skill", "the skills catalogue"),
                Table.deleted(
                        "person_skill", "skills offered and wanted, with levels and comments", "employee_number"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of(new Part(
                "declared_skills",
                jdbc.sql("select skill_code, direction, level, comment from person_skill where employee_number = ?"
                                + " order by direction, skill_code")
                        .param(employeeNumber)
                        .query()
                        .listOfRows()));
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        jdbc.sql("delete from person_skill where employee_number = ?")
                .param(employeeNumber)
                .update();
    }
}
