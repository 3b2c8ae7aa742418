package org.binome.skills;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.binome.people.Directory;
import org.binome.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The skills module's facade: the catalogue, each person's declared skills and the supply/demand map. */
@Service
public class Skills {

    private static final String SKILL_COLUMNS =
            "code, name_fr, name_en, category, description_fr, description_en, retired";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Skills(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The skills people can declare today (retired ones left out). */
    @Transactional(readOnly = true)
    public List<SkillView> catalogue() {
        return allSkills().stream().filter(s -> !s.retired()).toList();
    }

    /** The skills people can declare today, in the reader's order (see {@link SkillView#readingOrder}). */
    @Transactional(readOnly = true)
    public List<SkillView> catalogue(java.util.Locale locale) {
        return catalogue().stream().sorted(SkillView.readingOrder(locale)).toList();
    }

    /** Every skill, retired ones included, for the administrator. */
    @Transactional(readOnly = true)
    List<SkillView> allSkills() {
        return jdbc.sql("select " + SKILL_COLUMNS + " from skill order by category, name_fr")
                .query((rs, i) -> new SkillView(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        SkillCategory.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<SkillView> find(String code) {
        return allSkills().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Transactional
    void add(SkillView skill) {
        if (find(skill.code()).isPresent()) {
            throw RuleViolation.conflict("skills.error.codeTaken");
        }
        jdbc.sql("insert into skill (" + SKILL_COLUMNS + ") values (?, ?, ?, ?, ?, ?, false)")
                .params(
                        skill.code(),
                        skill.nameFr(),
                        skill.nameEn(),
                        skill.category().name(),
                        skill.descriptionFr(),
                        skill.descriptionEn())
                .update();
    }

    /** New names and descriptions; the code, which declarations refer to, stays. */
    @Transactional
    void rename(String code, String nameFr, String nameEn, String descriptionFr, String descriptionEn) {
        int changed = jdbc.sql("update skill set name_fr = ?, name_en = ?, description_fr = ?, description_en = ?"
                        + " where code = ?")
                .params(nameFr, nameEn, descriptionFr, descriptionEn, code)
                .update();
        if (changed == 0) {
            throw RuleViolation.notFound("skills.error.unknown", code);
        }
    }

    @Transactional
    void retire(String code, boolean retired) {
        if (jdbc.sql("update skill set retired = ? where code = ?")
                        .params(retired, code)
                        .update()
                == 0) {
            throw RuleViolation.notFound("skills.error.unknown", code);
        }
    }

    /**
     * Moves every declaration of {@code from} to {@code into} and removes {@code from}. Someone who declared both keeps
     * one declaration per direction, with the higher level (or priority).
     */
    @Transactional
    void merge(String from, String into) {
        if (from.equals(into)) {
            throw RuleViolation.invalid("skills.error.mergeItself");
        }
        find(from).orElseThrow(() -> RuleViolation.notFound("skills.error.unknown", from));
        find(into).orElseThrow(() -> RuleViolation.notFound("skills.error.unknown", into));
        jdbc.sql("""
                        update person_skill set
                               level = (select f.level from person_skill f
                                         where f.employee_number = person_skill.employee_number
                                           and f.direction = person_skill.direction and f.skill_code = :from),
                               comment = coalesce(comment, (select f.comment from person_skill f
                                         where f.employee_number = person_skill.employee_number
                                           and f.direction = person_skill.direction and f.skill_code = :from))
                         where skill_code = :into
                           and exists (select 1 from person_skill f
                                        where f.employee_number = person_skill.employee_number
                                          and f.direction = person_skill.direction and f.skill_code = :from
                                          and f.level > person_skill.level)
                        """).param("from", from).param("into", into).update();
        jdbc.sql("""
                        update person_skill set
                               comment = (select f.comment from person_skill f
                                           where f.employee_number = person_skill.employee_number
                                             and f.direction = person_skill.direction and f.skill_code = :from)
                         where skill_code = :into and comment is null
                        """).param("from", from).param("into", into).update();
        jdbc.sql("""
                        delete from person_skill
                         where skill_code = :from
                           and exists (select 1 from person_skill i
                                        where i.employee_number = person_skill.employee_number
                                          and i.direction = person_skill.direction and i.skill_code = :into)
                        """).param("from", from).param("into", into).update();
        jdbc.sql("update person_skill set skill_code = :into where skill_code = :from")
                .param("from", from)
                .param("into", into)
                .update();
        jdbc.sql("delete from skill where code = ?").param(from).update();
        events.publishEvent(new SkillsMerged(from, into));
    }

    /** Replaces everything the person declared with these declarations, all or nothing. */
    @Transactional
    public void declare(String employeeNumber, Collection<SkillDeclaration> declarations) {
        var known = new HashMap<String, SkillView>();
        catalogue().forEach(s -> known.put(s.code(), s));
        var kept = new HashSet<String>();
        // a retired skill someone already declared stays declared; it cannot be newly chosen
        jdbc.sql("select skill_code from person_skill where employee_number = ?")
                .param(employeeNumber)
                .query(String.class)
                .list()
                .forEach(kept::add);
        for (var declaration : declarations) {
            if (!known.containsKey(declaration.skillCode()) && !kept.contains(declaration.skillCode())) {
                throw RuleViolation.notFound("skills.error.unknown", declaration.skillCode());
            }
        }
        jdbc.sql("delete from person_skill where employee_number = ?")
                .param(employeeNumber)
                .update();
        var unique = new LinkedHashMap<String, SkillDeclaration>();
        declarations.forEach(d -> unique.put(d.direction() + ":" + d.skillCode(), d));
        for (var declaration : unique.values()) {
            jdbc.sql("insert into person_skill (employee_number, skill_code, direction, level, comment)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            employeeNumber,
                            declaration.skillCode(),
                            declaration.direction().name(),
                            declaration.level(),
                            declaration.comment())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    List<SkillDeclaration> declarationsOf(String employeeNumber) {
        return jdbc.sql("select skill_code, direction, level, comment from person_skill where employee_number = ?"
                        + " order by direction, level desc, skill_code")
                .param(employeeNumber)
                .query((rs, i) -> new SkillDeclaration(
                        rs.getString(1), SkillDirection.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** Every active skill of the catalogue (and retired ones the person still has), with what the person declared. */
    @Transactional(readOnly = true)
    List<SkillProfileLine> profileLinesOf(String employeeNumber) {
        var declared = declarationsOf(employeeNumber);
        var offered = new HashMap<String, SkillDeclaration>();
        var wanted = new HashMap<String, SkillDeclaration>();
        declared.forEach(d -> (d.direction() == SkillDirection.OFFERED ? offered : wanted).put(d.skillCode(), d));
        var lines = new ArrayList<SkillProfileLine>();
        for (var skill : allSkills()) {
            var o = offered.get(skill.code());
            var w = wanted.get(skill.code());
            if (skill.retired() && o == null && w == null) {
                continue;
            }
            lines.add(new SkillProfileLine(
                    skill,
                    o == null ? 0 : o.level(),
                    o == null ? null : o.comment(),
                    w == null ? 0 : w.level(),
                    w == null ? null : w.comment()));
        }
        return lines;
    }

    @Transactional(readOnly = true)
    public SkillProfile profileOf(String employeeNumber) {
        return profilesOf(List.of(employeeNumber)).getOrDefault(employeeNumber, SkillProfile.empty(employeeNumber));
    }

    /** Profiles of many people in one query, for matching whole cohorts. */
    @Transactional(readOnly = true)
    Map<String, SkillProfile> profilesOf(Collection<String> employeeNumbers) {
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

    /** Employee numbers of everyone who declared this skill, in either direction. */
    @Transactional(readOnly = true)
    Set<String> holdersOf(String skillCode) {
        return new HashSet<>(jdbc.sql("select distinct employee_number from person_skill where skill_code = ?")
                .param(skillCode)
                .query(String.class)
                .list());
    }

    /**
     * The company-wide map: supply against demand, counting active people only. The groups are those of every active
     * person; only the people who declared a skill are read one by one (the map read every active person, 100,000 at
     * a large company, for a few hundred declarations).
     */
    @Transactional(readOnly = true)
    SkillMap map(SkillMap.Dimension dimension) {
        var today = LocalDate.now(clock);
        record Declared(String employeeNumber, String skill, boolean offered) {}
        var declarations = jdbc.sql("select employee_number, skill_code, direction from person_skill")
                .query((rs, i) -> new Declared(
                        rs.getString(1),
                        rs.getString(2),
                        SkillDirection.OFFERED.name().equals(rs.getString(3))))
                .list();
        var groupOf = new HashMap<String, String>();
        for (var person : directory.activeFacts(
                declarations.stream().map(Declared::employeeNumber).toList())) {
            groupOf.put(person.employeeNumber(), Bands.groupOf(dimension, person, today));
        }
        var skills = allSkills();
        var groups = new TreeSet<>(Bands.ORDER.get(dimension));
        groups.addAll(
                switch (dimension) {
                    case DEPARTMENT -> directory.activeDepartments();
                    case GENERATION -> directory.activeGenerations();
                    case SENIORITY -> directory.activeSeniorities(today);
                });
        groups.addAll(groupOf.values());
        var groupList = new ArrayList<>(groups);
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < groupList.size(); i++) {
            index.put(groupList.get(i), i);
        }
        var offered = new HashMap<String, int[]>();
        var wanted = new HashMap<String, int[]>();
        for (var declared : declarations) {
            var group = groupOf.get(declared.employeeNumber());
            if (group != null) {
                (declared.offered() ? offered : wanted)
                        .computeIfAbsent(declared.skill(), k -> new int[groupList.size()])[index.get(group)]++;
            }
        }
        var lines = new ArrayList<SkillMap.Line>();
        for (var skill : skills) {
            var o = offered.getOrDefault(skill.code(), new int[groupList.size()]);
            var w = wanted.getOrDefault(skill.code(), new int[groupList.size()]);
            if (skill.retired() && sum(o) + sum(w) == 0) {
                continue;
            }
            var cells = new ArrayList<SkillMap.Cell>();
            for (int i = 0; i < groupList.size(); i++) {
                cells.add(new SkillMap.Cell(o[i], w[i]));
            }
            lines.add(new SkillMap.Line(skill, sum(o), sum(w), cells));
        }
        return new SkillMap(dimension, groupList, lines);
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }
}
