package org.binome.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final JdbcClient jdbc;

    DirectorySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Criteria(String text, String department, String site, String sort, int page) {
        Criteria {
            text = text == null ? "" : text.strip();
            if (text.length() > 100) {
                text = text.substring(0, 100);
            }
            department = department == null ? "" : department;
            site = site == null ? "" : site;
            sort = sort != null && ORDER.containsKey(sort) ? sort : "name";
            page = Math.max(page, 0);
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

    record Result(List<Row> rows, long total, int page, int pages) {}

    @Transactional(readOnly = true)
    Result search(Criteria criteria) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new ArrayList<Object>();
        if (!criteria.text().isEmpty()) {
            where.append(" and (lower(last_name) like ? or lower(first_name) like ? or employee_number = ?"
                    + " or lower(email) like ?)");
            var like = criteria.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
            params.add(criteria.text());
            params.add(like);
        }
        if (!criteria.department().isEmpty()) {
            where.append(" and department = ?");
            params.add(criteria.department());
        }
        if (!criteria.site().isEmpty()) {
            where.append(" and site = ?");
            params.add(criteria.site());
        }
        long total = jdbc.sql("select count(*) from person" + where)
                .params(params)
                .query(Long.class)
                .single();
        var rows = jdbc.sql(
                        "select employee_number, first_name, last_name, department, site, job_title, hire_date, status"
                                + " from person" + where + " order by " + ORDER.get(criteria.sort())
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
        return new Result(rows, total, criteria.page(), pages);
    }

    @Transactional(readOnly = true)
    List<String> sites() {
        return jdbc.sql("select distinct site from person order by site")
                .query(String.class)
                .list();
    }
}
