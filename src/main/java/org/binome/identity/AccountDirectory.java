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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' list of accounts: search by name, e-mail or employee number, filters by role, status,
 * department and last sign-in, a page at a time. The department comes from the directory's table, joined on the
 * employee number (a read model; identity writes nothing there).
 */
@Component
class AccountDirectory {

    static final int PAGE_SIZE = 50;
    /** Counting stops here: "more than 10,000" is as useful as the exact figure and much cheaper. */
    static final int COUNT_CAP = 10_000;

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
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
            where.append(" and a.search_key like ? escape '\\'");
            params.add("%"
                    + fold(criteria.text())
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%");
        }
        if (criteria.role() != null) {
            where.append(" and a.roles like ?");
            params.add("%" + criteria.role().name() + "%");
        }
        if (criteria.status() != null) {
            where.append(" and a.status = ?");
            params.add(criteria.status().name());
        }
        if (criteria.department() != null && !criteria.department().isBlank()) {
            where.append(" and p.department = ?");
            params.add(criteria.department());
        }
        if (criteria.signIn() != null) {
            var now = clock.instant();
            switch (criteria.signIn()) {
                case NEVER -> where.append(" and a.last_sign_in_at is null");
                case WITHIN_30_DAYS -> {
                    where.append(" and a.last_sign_in_at >= ?");
                    params.add(Timestamp.from(now.minus(Duration.ofDays(30))));
                }
                case NOT_IN_90_DAYS -> {
                    where.append(" and a.last_sign_in_at < ?");
                    params.add(Timestamp.from(now.minus(Duration.ofDays(90))));
                }
            }
        }
        var from = " from user_account a left join person p on p.employee_number = a.employee_number";
        var rows = jdbc.sql("select a.id, a.username, a.display_name, a.employee_number, p.department, a.roles,"
                        + " a.status, a.last_sign_in_at" + from + where
                        + " order by a.display_name, a.id limit ? offset ?")
                .params(with(params, PAGE_SIZE, criteria.page() * PAGE_SIZE))
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        roles(rs.getString(6)),
                        AccountStatus.valueOf(rs.getString(7)),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
        int total;
        if (criteria.page() == 0 && rows.size() < PAGE_SIZE) {
            total = rows.size();
        } else {
            total = jdbc.sql("select count(*) from (select 1" + from + where + " limit ?) counted")
                    .params(with(params, COUNT_CAP + 1))
                    .query(Integer.class)
                    .single();
        }
        return new Page(rows, Math.min(total, COUNT_CAP), total > COUNT_CAP, criteria.page());
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
