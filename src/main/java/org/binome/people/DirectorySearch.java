package org.binome.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binome.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's search through the directory: filter, sort, one page at a time. */
@Component
class DirectorySearch {

    /**
     * Sort keys the page offers, mapped to SQL so that no request text ever reaches the query. Names sort by their
     * folded keys ("Éric" among the E, whatever the database's collation), each order completed by the unique employee
     * number so that pages never overlap.
     */
    private static final Map<String, String> ORDER = Map.of(
            "name", "last_name_key, first_name_key, employee_number",
            "department", "department, last_name_key, first_name_key, employee_number",
            "site", "site, last_name_key, first_name_key, employee_number",
            "hired", "hire_date, last_name_key, first_name_key, employee_number",
            "number", "employee_number");

    private static final String COLUMNS = "employee_number, first_name, last_name, department, site, job_title,"
            + " hire_date, status, last_name_key, first_name_key, email_key";

    /** Counting every match of a broad search at 100,000 people costs more than it tells: beyond this, "10,000+". */
    static final int COUNT_CAP = 10_000;

    private final JdbcClient jdbc;
    private final org.springframework.beans.factory.ObjectProvider<SkillHolders> skills;

    private final DirectoryLists lists;

    DirectorySearch(
            JdbcClient jdbc,
            org.springframework.beans.factory.ObjectProvider<SkillHolders> skills,
            DirectoryLists lists) {
        this.jdbc = jdbc;
        this.skills = skills;
        this.lists = lists;
    }

    record Criteria(
            String text, String department, String site, String sort, Paging paging, String skill, String status) {

        Criteria(String text, String department, String site, String sort, int page) {
            this(text, department, site, sort, page, "", "ACTIVE");
        }

        /** The criteria of a page of the default size. */
        Criteria(String text, String department, String site, String sort, int page, String skill, String status) {
            this(text, department, site, sort, Paging.of(page, null), skill, status);
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
            // no page beyond the counted matches
            paging = new Paging(Math.min(paging.page(), COUNT_CAP / paging.size()), paging.size());
        }

        int page() {
            return paging.page();
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
            PersonStatus status,
            /* people without an e-mail cannot be invited or notified until they have one */
            boolean hasEmail) {}

    /** One page of people; {@code capped} when there are more than {@link #COUNT_CAP} matches, not all counted. */
    record Result(List<Row> rows, long total, Paging paging, boolean capped) {

        int page() {
            return paging.page();
        }

        int pages() {
            return paging.pages(total);
        }
    }

    @Transactional(readOnly = true)
    Result search(Criteria criteria) {
        var filters = new StringBuilder();
        var filterParams = new ArrayList<Object>();
        if (!criteria.department().isEmpty()) {
            filters.append(" and department = ?");
            filterParams.add(criteria.department());
        }
        if (!criteria.site().isEmpty()) {
            filters.append(" and site = ?");
            filterParams.add(criteria.site());
        }
        if (!"ALL".equals(criteria.status())) {
            filters.append(" and status = ?");
            filterParams.add(criteria.status());
        }
        if (!criteria.skill().isEmpty()) {
            var holders = skills.stream()
                    .findFirst()
                    .map(s -> s.holders(criteria.skill()))
                    .orElse(java.util.Set.of());
            if (holders.isEmpty()) {
                return new Result(List.of(), 0, criteria.paging(), false);
            }
            filters.append(" and employee_number = any(?)");
            filterParams.add(holders.toArray(new String[0]));
        }
        var params = new ArrayList<Object>();
        var order = " order by " + ORDER.get(criteria.sort());
        var paging = criteria.paging();
        var window = " limit " + paging.size() + " offset " + paging.offset();
        String rowsSql;
        String counted;
        if (criteria.text().isEmpty()) {
            rowsSql = "select " + COLUMNS + " from person where 1 = 1" + filters + order + window;
            counted = "select 1 from person where 1 = 1" + filters;
            params.addAll(filterParams);
        } else {
            var union = new StringBuilder();
            var ones = new StringBuilder();
            // each branch contributes at most the rows up to the end of the asked page, in the page's order, so a
            // branch read along its index stops early instead of handing every match of a short text to the sort
            long reach = paging.offset() + paging.size();
            for (var branch : TextBranch.of(criteria.text())) {
                var glue = union.isEmpty() ? "" : " union all ";
                union.append(glue).append("(select ").append(COLUMNS).append(" from person where ");
                union.append(branch.condition()).append(filters);
                union.append(order).append(" limit ").append(reach);
                union.append(")");
                ones.append(glue).append("select 1 from person where ").append(branch.condition());
                ones.append(filters);
                params.addAll(branch.params());
                params.addAll(filterParams);
            }
            // the union ordered and cut as it is, not read again from a derived table: H2 plans a query over a derived
            // table with parameters again on every execution
            rowsSql = union + order + window;
            counted = ones.toString();
        }
        // the page reads only what it shows (each text branch stops at the end of the page); the count is apart, up to
        // the cap, which is cheaper than reading every match of a short text to count it with the page
        var rows = jdbc.sql(rowsSql)
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, java.time.LocalDate.class),
                        PersonStatus.valueOf(rs.getString(8)),
                        rs.getString(11) != null))
                .list();
        long count;
        if (rows.size() < paging.size() && (!rows.isEmpty() || paging.page() == 0)) {
            // a page that is not full is the last one: the matches are the pages before it and its rows
            count = paging.offset() + rows.size();
        } else {
            count = jdbc.sql("select count(*) from (" + counted + " limit " + (COUNT_CAP + 1) + ") counted")
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        boolean capped = count > COUNT_CAP;
        count = Math.min(count, COUNT_CAP);
        if (rows.isEmpty() && count > 0) {
            // a page past the last (a link kept from a longer list): the last one, as every list shows it
            return search(new Criteria(
                    criteria.text(),
                    criteria.department(),
                    criteria.site(),
                    criteria.sort(),
                    paging.within(count),
                    criteria.skill(),
                    criteria.status()));
        }
        return new Result(rows, count, paging, capped);
    }

    /**
     * One way a text finds people: their last name, first name or e-mail starts with it, or it is their employee
     * number. Each branch is an index range and excludes the branches before it, so that the branches never overlap and
     * add up (UNION ALL) without a costly de-duplication.
     */
    record TextBranch(String condition, List<Object> params) {

        static List<TextBranch> of(String text) {
            var key = SearchKeys.fold(text).replace("%", "").replace("_", "").replace("\\", "");
            var trimmed = key.replaceAll("[^a-z0-9]+$", "");
            var next = trimmed.isEmpty() ? null : SearchKeys.next(trimmed);
            var like = key + "%";
            var branches = new ArrayList<TextBranch>();
            var excluded = new StringBuilder();
            var excludedParams = new ArrayList<Object>();
            for (var column : List.of("last_name_key", "first_name_key", "email_key")) {
                var condition = new StringBuilder(column + " like ?");
                var params = new ArrayList<Object>();
                params.add(like);
                if (next != null) {
                    condition
                            .append(" and ")
                            .append(column)
                            .append(" >= ? and ")
                            .append(column)
                            .append(" < ?");
                    params.add(trimmed);
                    params.add(next);
                }
                params.addAll(excludedParams);
                branches.add(new TextBranch(condition.append(excluded).toString(), params));
                excluded.append(" and not (coalesce(").append(column).append(", '') like ?)");
                excludedParams.add(like);
            }
            var params = new ArrayList<Object>();
            params.add(text);
            params.addAll(excludedParams);
            branches.add(new TextBranch("employee_number = ?" + excluded, params));
            return branches;
        }
    }

    List<SkillHolders.Choice> skillChoices(java.util.Locale locale) {
        return skills.stream().findFirst().map(s -> s.choices(locale)).orElse(List.of());
    }

    @Transactional(readOnly = true)
    List<String> sites() {
        return lists.sites();
    }
}
