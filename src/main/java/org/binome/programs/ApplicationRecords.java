package org.binome.programs;

import java.util.Collection;
import java.util.List;
import org.binome.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applications of many programmes in one query of the few columns dashboards count. */
@Component
class ApplicationRecords {

    private final JdbcClient jdbc;

    ApplicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApplicationRecord> of(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select program_id, employee_number, role, status, submitted_at, reviewed_at"
                        + " from program_application where program_id in (:ids) order by id")
                .param("ids", List.copyOf(programIds))
                .query((rs, i) -> new ApplicationRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        ParticipantRole.valueOf(rs.getString(3)),
                        ApplicationStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * One person's applications with their programme's name and status, newest first: one query of the columns their
     * home page shows (it read each application whole, then each programme whole).
     */
    List<ApplicationSummary> summariesOf(String employeeNumber) {
        return jdbc.sql("select a.id, a.program_id, p.name, p.status, a.role, a.status, a.submitted_at,"
                        + " a.review_message from program_application a join program p on p.id = a.program_id"
                        + " where a.employee_number = ? order by a.submitted_at desc")
                .param(employeeNumber)
                .query((rs, i) -> new ApplicationSummary(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        ProgramStatus.valueOf(rs.getString(4)),
                        ParticipantRole.valueOf(rs.getString(5)),
                        ApplicationStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    /**
     * What the reviewers' list keeps (null: any). {@code department} and {@code atSite} are the directory's people of
     * the department and of the site filtered on: an application without a site of its own is at its applicant's.
     */
    record ListFilter(
            String role,
            String status,
            String skill,
            Collection<String> department,
            String site,
            Collection<String> atSite) {

        /** Whether the filter keeps applications by role and status only, as the programme's counts count them. */
        boolean byRoleAndStatusOnly() {
            return skill == null && department == null && site == null;
        }
    }

    /** A page of the reviewers' list: the applications kept in all, the page shown, and its applications. */
    record ListedPage(int total, Paging paging, List<ListedApplication> rows) {}

    /**
     * A page of a programme's applications as its reviewers' list shows them, newest first, filtered and counted by
     * the database: the columns of the page's rows only. The list read every application of the programme, and each
     * applicant, to filter and count them in memory: a quarter to a third of a second for a programme of 40,000.
     * A page beyond the last is the last.
     */
    ListedPage listed(long programId, ListFilter filter, Paging paging) {
        var where = where(programId, filter);
        return listed(
                where,
                jdbc.sql("select count(*)" + where.sql())
                        .params(where.params())
                        .query(Integer.class)
                        .single(),
                paging);
    }

    /** The same, when the caller already knows how many applications the filter keeps. */
    ListedPage listed(long programId, ListFilter filter, Paging paging, int total) {
        return listed(where(programId, filter), total, paging);
    }

    private ListedPage listed(Where where, int total, Paging paging) {
        var shown = paging.within(total);
        var rows = jdbc.sql("select id, employee_number, role, status, site, submitted_at, version" + where.sql()
                        + " order by submitted_at desc, id desc limit " + shown.size() + " offset " + shown.offset())
                .params(where.params())
                .query((rs, i) -> new ListedApplication(
                        rs.getLong(1),
                        rs.getString(2),
                        ParticipantRole.valueOf(rs.getString(3)),
                        ApplicationStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getInt(7)))
                .list();
        return new ListedPage(total, shown, rows);
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(long programId, ListFilter filter) {
        var where = new StringBuilder(" from program_application where program_id = ?");
        var params = new java.util.ArrayList<Object>();
        params.add(programId);
        if (filter.role() != null) {
            where.append(" and role = ?");
            params.add(filter.role());
        }
        if (filter.status() != null) {
            where.append(" and status = ?");
            params.add(filter.status());
        }
        if (filter.skill() != null) {
            // "code:level" pairs joined by commas, as Application saves them
            var pattern = "%,"
                    + filter.skill().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%";
            where.append(" and (',' || coalesce(offered_skills, '') like ? escape '\\'")
                    .append(" or ',' || coalesce(wanted_skills, '') like ? escape '\\')");
            params.add(pattern);
            params.add(pattern);
        }
        if (filter.department() != null) {
            where.append(" and employee_number = any(?)");
            params.add(filter.department().toArray(new String[0]));
        }
        if (filter.site() != null) {
            where.append(" and (site = ? or (coalesce(trim(site), '') = '' and employee_number = any(?)))");
            params.add(filter.site());
            params.add(filter.atSite().toArray(new String[0]));
        }
        return new Where(where.toString(), params);
    }

    /** The sites a programme's applications give, each once, in order. */
    List<String> sitesGiven(long programId) {
        return jdbc.sql("select distinct site from program_application where program_id = ?"
                        + " and coalesce(trim(site), '') <> '' order by site")
                .param(programId)
                .query(String.class)
                .list();
    }
}
