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
import org.binome.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' list of accounts: search by name, e-mail or employee number, filters by role, status,
 * department and last sign-in, a page at a time. Departments belong to the directory; each account keeps a copy of
 * its holder's, which the directory refreshes ({@link AccountDepartments}), so that the filter uses an index and no SQL
 * crosses modules.
 */
@Component
class AccountDirectory {

    /**
     * Counting stops this many accounts beyond the current page: "more than 1,000" is as useful as the exact figure,
     * much cheaper for a broad search, and the next pages stay reachable.
     */
    static final int COUNT_AHEAD = 1_000;

    /** Matches of a text collected in one pass and sorted here; beyond this many, the ordered path serves. */
    static final int TEXT_WINDOW = 3_000;

    /** An account matching a text: enough to check the other filters and to sort by name, as the list does. */
    private record Match(long id, String name, String roles, String status, Instant lastSignInAt) {
        static final java.util.Comparator<Match> ORDER = java.util.Comparator.comparing(
                        Match::name, java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()))
                .thenComparingLong(Match::id);

        /** The filters other than the text and the department, as the SQL of the list applies them. */
        boolean keeps(Criteria criteria, Instant now) {
            if (criteria.role() != null && !AccountDirectory.roles(roles).contains(criteria.role())) {
                return false;
            }
            if (criteria.status() != null && !criteria.status().name().equals(status)) {
                return false;
            }
            if (criteria.signIn() == null) {
                return true;
            }
            return switch (criteria.signIn()) {
                case NEVER -> lastSignInAt == null;
                case WITHIN_30_DAYS -> lastSignInAt != null && !lastSignInAt.isBefore(now.minus(Duration.ofDays(30)));
                case NOT_IN_90_DAYS -> lastSignInAt != null && lastSignInAt.isBefore(now.minus(Duration.ofDays(90)));
            };
        }
    }

    private static Match match(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        var signedIn = rs.getTimestamp(5);
        return new Match(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                signedIn == null ? null : signedIn.toInstant());
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    record Criteria(String text, Role role, AccountStatus status, String department, SignIn signIn, Paging paging) {

        /** The criteria of a page of the default size. */
        Criteria(String text, Role role, AccountStatus status, String department, SignIn signIn, int page) {
            this(text, role, status, department, signIn, Paging.of(page, null));
        }

        /** The same criteria, another page. */
        Criteria at(Paging other) {
            return new Criteria(text, role, status, department, signIn, other);
        }

        Criteria {
            text = text == null ? "" : text.strip();
            if (text.length() > 100) {
                text = text.substring(0, 100);
            }
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

    record Page(List<Row> rows, int total, boolean capped, Paging paging) {}

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
        var text = new StringBuilder(" where 1 = 1");
        var textParams = new ArrayList<Object>();
        if (!criteria.text().isEmpty()) {
            var pattern = "%"
                    + fold(criteria.text())
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            where.append(" and search_key like ? escape '\\'");
            params.add(pattern);
            text.append(" and search_key like ? escape '\\'");
            textParams.add(pattern);
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
            // each account keeps a copy of its holder's department, refreshed by the directory (indexed)
            where.append(" and department = ?");
            params.add(criteria.department().strip());
            text.append(" and department = ?");
            textParams.add(criteria.department().strip());
        }
        var now = clock.instant();
        if (criteria.signIn() != null) {
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
        var select = "select id, username, display_name, employee_number, department, roles, status, last_sign_in_at";
        var paging = criteria.paging();
        int size = paging.size();
        int window = (int) paging.offset() + COUNT_AHEAD;
        int kept = 0;
        if (!criteria.text().isEmpty()) {
            // A text cannot use an index (it may be in the middle of a name or an e-mail): it costs one pass over the
            // accounts of the department, or all of them. That pass asks the database for the text and the
            // department only, and checks status, role and last sign-in here on the rows it reads: given those filters,
            // which keep most accounts, the database would rather follow their index and read nine accounts in ten one
            // lookup at a time (H2 does, having no idea that 'ACTIVE' is that common), several times a plain pass.
            // The pass collects every match with its name, up to a few thousand: they are sorted here and the page's
            // rows read by id, so the total is exact and no second pass walks the name index. Only a text matching
            // more than that (a couple of letters) takes the ordered path below, where its page comes first.
            var candidates = jdbc.sql("select id, display_name, roles, status, last_sign_in_at from user_account" + text
                            + " limit ?")
                    .params(with(textParams, TEXT_WINDOW + 1))
                    .query(AccountDirectory::match)
                    .list();
            var sorted = new ArrayList<Match>();
            for (var candidate : candidates) {
                if (candidate.keeps(criteria, now)) {
                    sorted.add(candidate);
                }
            }
            // some of the matches: when they already go beyond the counting window, the total need not be counted
            kept = sorted.size();
            if (candidates.size() <= TEXT_WINDOW) {
                sorted.sort(Match.ORDER);
                int first = (int) Math.min(paging.offset(), sorted.size());
                var ids = sorted.subList(first, Math.min(first + size, sorted.size())).stream()
                        .map(Match::id)
                        .toList();
                var rows = new ArrayList<Row>();
                if (!ids.isEmpty()) {
                    var byId = new java.util.HashMap<Long, Row>();
                    jdbc.sql(select + " from user_account where id in (:ids)")
                            .param("ids", ids)
                            .query(AccountDirectory::row)
                            .list()
                            .forEach(row -> byId.put(row.id(), row));
                    ids.stream()
                            .map(byId::get)
                            .filter(java.util.Objects::nonNull)
                            .forEach(rows::add);
                }
                if (rows.isEmpty() && !sorted.isEmpty()) {
                    return search(criteria.at(paging.within(sorted.size())));
                }
                return new Page(rows, sorted.size(), false, paging);
            }
        }
        var rows = jdbc.sql(select + from + " order by display_name, id limit ? offset ?")
                .params(with(params, size, paging.offset()))
                .query(AccountDirectory::row)
                .list();
        int total;
        boolean capped = false;
        if (paging.page() == 0 && rows.size() < size) {
            total = rows.size();
        } else if (kept > window) {
            total = window;
            capped = true;
        } else {
            // counted only up to a window beyond the current page: enough to say "more than" and to go on
            total = jdbc.sql("select count(*) from (select 1" + from + " limit ?) counted")
                    .params(with(params, window + 1))
                    .query(Integer.class)
                    .single();
            capped = total > window;
            total = Math.min(total, window);
        }
        if (rows.isEmpty() && total > 0) {
            // a page past the last (a link kept from a longer list): the last one, as every list shows it
            return search(criteria.at(paging.within(total)));
        }
        return new Page(rows, total, capped, paging);
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                roles(rs.getString(6)),
                AccountStatus.valueOf(rs.getString(7)),
                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant());
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
