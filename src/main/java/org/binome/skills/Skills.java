package org.binome.skills;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The skills module's facade: the catalogue and each person's declared skills. */
@Service
public class Skills {

    private final JdbcClient jdbc;

    Skills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<SkillView> catalogue() {
        return jdbc.sql("select code, name_fr, name_en, category from skill order by category, name_fr")
                .query((rs, i) -> new SkillView(
                        rs.getString(1), rs.getString(2), rs.getString(3), SkillCategory.valueOf(rs.getString(4))))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SkillView> find(String code) {
        return catalogue().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Replaces everything the person declared with these declarations, all or nothing. */
    @Transactional
    public void declare(String employeeNumber, Collection<SkillDeclaration> declarations) {
        var known = new HashMap<String, SkillView>();
        catalogue().forEach(s -> known.put(s.code(), s));
        for (var declaration : declarations) {
            if (!known.containsKey(declaration.skillCode())) {
                throw new UnknownSkillException(declaration.skillCode());
            }
        }
        jdbc.sql("delete from person_skill where employee_number = ?")
                .param(employeeNumber)
                .update();
        var unique = new LinkedHashMap<String, SkillDeclaration>();
        declarations.forEach(d -> unique.put(d.direction() + ":" + d.skillCode(), d));
        for (var declaration : unique.values()) {
            jdbc.sql("insert into person_skill (employee_number, skill_code, direction, level) values (?, ?, ?, ?)")
                    .params(
                            employeeNumber,
                            declaration.skillCode(),
                            declaration.direction().name(),
                            declaration.level())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public SkillProfile profileOf(String employeeNumber) {
        return profilesOf(List.of(employeeNumber)).getOrDefault(employeeNumber, SkillProfile.empty(employeeNumber));
    }

    /** Profiles of many people in one query, for matching whole cohorts. */
    @Transactional(readOnly = true)
    public Map<String, SkillProfile> profilesOf(Collection<String> employeeNumbers) {
        var offered = new HashMap<String, Map<String, Integer>>();
        var wanted = new HashMap<String, Map<String, Integer>>();
        var numbers = new ArrayList<>(employeeNumbers);
        for (int from = 0; from < numbers.size(); from += 1000) {
            var chunk = numbers.subList(from, Math.min(numbers.size(), from + 1000));
            jdbc.sql("select employee_number, skill_code, direction, level from person_skill"
                            + " where employee_number in (:numbers)")
                    .param("numbers", chunk)
                    .query(rs -> {
                        var target = SkillDirection.OFFERED.name().equals(rs.getString(3)) ? offered : wanted;
                        target.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getInt(4));
                    });
        }
        var profiles = new HashMap<String, SkillProfile>();
        for (var number : employeeNumbers) {
            profiles.put(
                    number,
                    new SkillProfile(
                            number, offered.getOrDefault(number, Map.of()), wanted.getOrDefault(number, Map.of())));
        }
        return profiles;
    }
}
