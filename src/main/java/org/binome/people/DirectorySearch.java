package org.binome.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's search through the directory: filter, sort, one page at a time. */
@Component
class DirectorySearch {

    static final int PAGE_SIZE = 25;

    /** Sort keys the page offers, mapped to SQL so that no request text ever reaches the query. */
    private static final Map<String, String> ORDER = Map.of(
            "name", "last_name, first_name, employee_number",
            "department", "department, last_name, first_name, employee_number",
            "site", "site, last_name, first_name, employee_number",
            "hired", "hire_date, last_name, employee_number",
            "number", "employee_number");

    /** Counting every match of a broad search at 100,000 people costs more than it tells: beyond this, "10,000+". */
    static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;
    private final org.springframework.beans.factory.ObjectProvider<SkillHolders> skills;

    DirectorySearch(JdbcClient jdbc, org.springframework.beans.factory.ObjectProvider<SkillHolders> skills) {
        this.jdbc = jdbc;
        this.skills = skills;
    }

    record Criteria(String text, String department, String site, String sort, int page, String skill, String status) {

        Criteria(String text, String department, String site, String sort, int page) {
            this(text, department, site, sort, page, "", "ACTIVE");
        }

        Criteria {
            skill = skill == null ? "" : skill;
            status = "LEFT".equals(status) || "ALL".equals(status) ? status : "ACTIVE";
            text = text == null ? "" : text.strip();
            if (text.length() > 100) {
                text = text.substring(0, 100);
            }
            department = department == null ? "" : department;
            site = site == null ? "" : site;
            sort = sort != null && ORDER.containsKey(sort) ? sort : "name";
            page = Math.min(Math.max(page, 0), COUNT_CAP / PAGE_SIZE);
        }
    }

    record Row(
            String employeeNumber,
            String firstName,
            String lastName,
            String department,
            String site,
            String jobTitle,
            java.time.LocalDate hireDate,
            PersonStatus status) {}

    /** One page of people; {@code capped} when there are more than {@link #COUNT_CAP} matches, not all counted. */
    record Result(List<Row> rows, long total, int page, int pages, boolean capped) {}

    @Transactional(readOnly = true)
    Result search(Criteria criteria) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new ArrayList<Object>();
        var from = " from person";
        boolean truncated = false;
        if (!criteria.text().isEmpty()) {
            // the matching ids first, each branch an index range (or the unique employee number), then the page
            var matches = textMatches(criteria.text());
            if (matches.isEmpty()) {
                return new Result(List.of(), 0, criteria.page(), 1, false);
            }
            where.append(" and id in (")
                    .append("?, ".repeat(matches.size() - 1))
                    .append("?)");
            truncated = matches.size() > COUNT_CAP;
            params.addAll(matches);
        }
        if (!criteria.department().isEmpty()) {
            where.append(" and department = ?");
            params.add(criteria.department());
        }
        if (!criteria.site().isEmpty()) {
            where.append(" and site = ?");
            params.add(criteria.site());
        }
        if (!"ALL".equals(criteria.status())) {
            where.append(" and status = ?");
            params.add(criteria.status());
        }
        if (!criteria.skill().isEmpty()) {
            var holders = skills.stream()
                    .findFirst()
                    .map(s -> s.holders(criteria.skill()))
                    .orElse(java.util.Set.of());
            where.append(" and employee_number = any(?)");
            params.add(holders.toArray(new String[0]));
        }
        long counted = jdbc.sql(
                        "select count(*) from (select 1" + from + where + " limit " + (COUNT_CAP + 1) + ") matches")
                .params(params)
                .query(Long.class)
                .single();
        // a text matching more than the cap was cut short: the page says so rather than pretend to be complete
        boolean capped = counted > COUNT_CAP || truncated;
        long total = Math.min(counted, COUNT_CAP);
        var rows = jdbc.sql(
                        "select employee_number, first_name, last_name, department, site, job_title, hire_date, status"
                                + from + where + " order by " + ORDER.get(criteria.sort())
                                + " limit " + PAGE_SIZE + " offset " + (long) criteria.page() * PAGE_SIZE)
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, java.time.LocalDate.class),
                        PersonStatus.valueOf(rs.getString(8))))
                .list();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Result(rows, total, criteria.page(), pages, capped);
    }

    List<SkillHolders.Choice> skillChoices(java.util.Locale locale) {
        return skills.stream().findFirst().map(s -> s.choices(locale)).orElse(List.of());
    }

    /** Ids of the people whose last name, first name or e-mail starts with the text, or with that employee number. */
    private List<Long> textMatches(String text) {
        var key = SearchKeys.fold(text).replace("%", "").replace("_", "");
        var trimmed = key.replaceAll("[^a-z0-9]+$", "");
        var next = trimmed.isEmpty() ? null : SearchKeys.next(trimmed);
        var range = next == null ? "" : " and %1$s >= ? and %1$s < ?";
        var params = new ArrayList<Object>();
        for (int i = 0; i < 3; i++) {
            params.add(key + "%");
            if (next != null) {
                params.add(trimmed);
                params.add(next);
            }
        }
        params.add(text);
        var ids = new java.util.LinkedHashSet<Long>();
        jdbc.sql("select id from person where last_name_key like ?" + range.formatted("last_name_key")
                        + " union select id from person where first_name_key like ?" + range.formatted("first_name_key")
                        + " union select id from person where email_key like ?" + range.formatted("email_key")
                        + " union select id from person where employee_number = ?")
                .params(params)
                .query(rs -> {
                    if (ids.size() <= COUNT_CAP) {
                        ids.add(rs.getLong(1));
                    }
                });
        return new ArrayList<>(ids);
    }

    @Transactional(readOnly = true)
    List<String> sites() {
        return jdbc.sql("select distinct site from person order by site")
                .query(String.class)
                .list();
    }
}
