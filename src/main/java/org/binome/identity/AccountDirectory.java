package org.binome.identity;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' list of accounts: search by name, e-mail or employee number, filters by role, status,
 * department and last sign-in, a page at a time. Departments belong to the directory: identity asks it through
 * {@link EmployeeDirectory} (who works in a department, then the page's departments), so no SQL crosses modules and no
 * copy can go stale.
 */
@Component
class AccountDirectory {

    static final int PAGE_SIZE = 50;
    /**
     * Counting stops this many accounts beyond the current page: "more than 1,000" is as useful as the exact figure,
     * much cheaper for a broad search, and the next pages stay reachable.
     */
    static final int COUNT_AHEAD = 1_000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    record Criteria(String text, Role role, AccountStatus status, String department, SignIn signIn, int page) {

        Criteria {
            text = text == null ? "" : text.strip();
            if (text.length() > 100) {
                text = text.substring(0, 100);
            }
            page = Math.max(page, 0);
        }
    }

    /** Last sign-in filter. */
    enum SignIn {
        NEVER,
        WITHIN_30_DAYS,
        NOT_IN_90_DAYS
    }

    record Row(
            long id,
            String username,
            String displayName,
            String employeeNumber,
            String department,
            Set<Role> roles,
            AccountStatus status,
            Instant lastSignInAt) {}

    record Page(List<Row> rows, int total, boolean capped, int page) {
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE) + (capped ? 1 : 0);
        }
    }

    private final JdbcClient jdbc;
    private final EmployeeDirectory directory;
    private final Clock clock;

    AccountDirectory(JdbcClient jdbc, EmployeeDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    static String fold(String text) {
        var decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    Page search(Criteria criteria) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new ArrayList<Object>();
        if (!criteria.text().isEmpty()) {
            where.append(" and search_key like ? escape '\\'");
            params.add("%"
                    + fold(criteria.text())
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%");
        }
        if (criteria.role() != null) {
            // roles are stored sorted and comma-separated: the role is one of a few exact values (indexed)
            var values = rolesWith(criteria.role());
            where.append(" and roles in (")
                    .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?")))
                    .append(")");
            params.addAll(values);
        }
        if (criteria.status() != null) {
            where.append(" and status = ?");
            params.add(criteria.status().name());
        }
        if (criteria.department() != null && !criteria.department().isBlank()) {
            // the directory says who works there; identity keeps no copy of people's departments
            var numbers = directory.employeeNumbersIn(criteria.department());
            if (numbers.isEmpty()) {
                return new Page(List.of(), 0, false, criteria.page());
            }
            where.append(" and employee_number = any(?)");
            params.add(new SqlArrayValue("varchar", numbers.toArray()));
        }
        if (criteria.signIn() != null) {
            var now = clock.instant();
            switch (criteria.signIn()) {
                case NEVER -> where.append(" and last_sign_in_at is null");
                case WITHIN_30_DAYS -> {
                    where.append(" and last_sign_in_at >= ?");
                    params.add(Timestamp.from(now.minus(Duration.ofDays(30))));
                }
                case NOT_IN_90_DAYS -> {
                    where.append(" and last_sign_in_at < ?");
                    params.add(Timestamp.from(now.minus(Duration.ofDays(90))));
                }
            }
        }
        var from = " from user_account" + where;
        var found = jdbc.sql("select id, username, display_name, employee_number, roles, status, last_sign_in_at" + from
                        + " order by display_name, id limit ? offset ?")
                .params(with(params, PAGE_SIZE, criteria.page() * PAGE_SIZE))
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        null,
                        roles(rs.getString(5)),
                        AccountStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
        var rows = withDepartments(found);
        int total;
        boolean capped = false;
        if (criteria.page() == 0 && rows.size() < PAGE_SIZE) {
            total = rows.size();
        } else {
            // counted only up to a window beyond the current page: enough to say "more than" and to go on
            int limit = criteria.page() * PAGE_SIZE + COUNT_AHEAD;
            total = jdbc.sql("select count(*) from (select 1" + from + " limit ?) counted")
                    .params(with(params, limit + 1))
                    .query(Integer.class)
                    .single();
            capped = total > limit;
            total = Math.min(total, limit);
        }
        return new Page(rows, total, capped, criteria.page());
    }

    /** The page's departments, read from the directory (one call for the page). */
    private List<Row> withDepartments(List<Row> rows) {
        var numbers = rows.stream()
                .map(Row::employeeNumber)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (numbers.isEmpty()) {
            return rows;
        }
        var departments = new java.util.HashMap<String, String>();
        directory.find(numbers).forEach(e -> departments.put(e.employeeNumber(), e.department()));
        return rows.stream()
                .map(r -> new Row(
                        r.id(),
                        r.username(),
                        r.displayName(),
                        r.employeeNumber(),
                        r.employeeNumber() == null ? null : departments.get(r.employeeNumber()),
                        r.roles(),
                        r.status(),
                        r.lastSignInAt()))
                .toList();
    }

    /** Every stored value of {@code roles} that holds this role (the roles are kept sorted by name). */
    static List<String> rolesWith(Role role) {
        var names =
                java.util.Arrays.stream(Role.values()).map(Role::name).sorted().toList();
        var values = new ArrayList<String>();
        for (int mask = 1; mask < 1 << names.size(); mask++) {
            var chosen = new ArrayList<String>();
            for (int i = 0; i < names.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen.add(names.get(i));
                }
            }
            if (chosen.contains(role.name())) {
                values.add(String.join(",", chosen));
            }
        }
        return values;
    }

    private static List<Object> with(List<Object> params, Object... more) {
        var all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    private static Set<Role> roles(String text) {
        var roles = java.util.EnumSet.noneOf(Role.class);
        if (text != null) {
            for (var part : text.split(",")) {
                if (!part.isBlank()) {
                    roles.add(Role.valueOf(part.strip()));
                }
            }
        }
        return roles;
    }
}
