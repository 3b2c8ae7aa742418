package org.binome.identity;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.binome.support.BenchmarkApplication;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark command (not a test): queues invitations for 10,000 people of one department (accounts, tokens, e-mails
 * in the outbox) and measures the administrators' account list filtering 100,000 accounts, on H2 and on PostgreSQL.
 *
 * <pre>
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat target/bench.cp) org.binome.identity.AccountsBenchmark both
 * </pre>
 */
public final class AccountsBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 100_000);
    private static final int INVITED = Integer.getInteger("bench.invited", 10_000);
    private static final String[] DEPARTMENTS = {
        "Finance", "Marketing", "Commercial", "Informatique", "Production", "Logistique", "Juridique", "Achats"
    };
    private static final String[] FIRST = {"Camille", "Léa", "Inès", "Hugo", "Karim", "Zoé", "Éric", "Nathalie"};
    private static final String[] LAST = {"Martin", "Lefèvre", "Dubois", "Benali", "Nguyen", "Roux", "Girard", "Faure"};

    private AccountsBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchmarkApplication.onEachDatabase(args, AccountsBenchmark::run);
    }

    private static void run(BenchmarkApplication.Database database) throws Exception {
        try (var context = BenchmarkApplication.start(database)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            fill(jdbc);
            analyze(jdbc, database);
            System.out.printf(
                    "Filled %,d people with accounts and %,d without in %,d ms%n",
                    ACCOUNTS, INVITED, (System.nanoTime() - t0) / 1_000_000);

            t0 = System.nanoTime();
            int copied = context.getBean(AccountDepartments.class).refreshAll();
            System.out.printf(
                    "Departments checked against the directory for every account in %,d ms, %,d changed"
                            + " (what an HR import adds)%n",
                    (System.nanoTime() - t0) / 1_000_000, copied);

            var invitations = context.getBean(AccountInvitations.class);
            var jobs = context.getBean(InvitationJobs.class);
            var memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long started = System.nanoTime();
            long id = invitations.runNow(
                    new InvitationAudience(InvitationAudience.Kind.DEPARTMENT, "Nouveaux", List.of()), false, "bench");
            long ms = (System.nanoTime() - started) / 1_000_000;
            var job = jobs.find(id).orElseThrow();
            System.out.printf(
                    "Invitations queued for %,d people: %,d ms (invited %,d, skipped %,d, refused %,d); outbox %,d;"
                            + " heap used after %d MB (max %d MB); load average %.2f%n",
                    job.total(),
                    ms,
                    job.invited(),
                    job.skipped(),
                    job.refused(),
                    jdbc.queryForObject("select count(*) from mail_outbox", Long.class),
                    memory.getHeapMemoryUsage().getUsed() / 1_000_000,
                    Runtime.getRuntime().maxMemory() / 1_000_000,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            started = System.nanoTime();
            long again = invitations.runNow(
                    new InvitationAudience(InvitationAudience.Kind.DEPARTMENT, "Nouveaux", List.of()), false, "bench");
            System.out.printf(
                    "Same department again (nobody invited twice): %,d ms, invited %,d%n",
                    (System.nanoTime() - started) / 1_000_000,
                    jobs.find(again).orElseThrow().invited());

            var list = context.getBean(AccountDirectory.class);
            var shapes = List.of(
                    new AccountDirectory.Criteria("", null, null, null, null, 0),
                    new AccountDirectory.Criteria("", null, null, null, null, 500),
                    new AccountDirectory.Criteria("martin", null, null, null, null, 0),
                    new AccountDirectory.Criteria("le", null, null, null, null, 0),
                    new AccountDirectory.Criteria("ml0012345", null, null, null, null, 0),
                    new AccountDirectory.Criteria("inès.girard", null, null, null, null, 0),
                    new AccountDirectory.Criteria("", Role.ADMIN, null, null, null, 0),
                    new AccountDirectory.Criteria("", Role.SPONSOR, AccountStatus.ACTIVE, null, null, 0),
                    new AccountDirectory.Criteria("", null, AccountStatus.INVITED, null, null, 0),
                    new AccountDirectory.Criteria("", null, AccountStatus.DISABLED, null, null, 3),
                    new AccountDirectory.Criteria("", null, null, "Finance", null, 0),
                    new AccountDirectory.Criteria("", null, null, "Finance", AccountDirectory.SignIn.NEVER, 0),
                    new AccountDirectory.Criteria("", null, null, null, AccountDirectory.SignIn.WITHIN_30_DAYS, 0),
                    new AccountDirectory.Criteria(
                            "dubois",
                            null,
                            AccountStatus.ACTIVE,
                            "Production",
                            AccountDirectory.SignIn.NOT_IN_90_DAYS,
                            0),
                    new AccountDirectory.Criteria(
                            "girard", null, AccountStatus.ACTIVE, "Finance", AccountDirectory.SignIn.WITHIN_30_DAYS, 0),
                    new AccountDirectory.Criteria("dubois", null, AccountStatus.ACTIVE, null, null, 0),
                    new AccountDirectory.Criteria("martin", Role.SPONSOR, null, null, null, 0));
            if (Boolean.getBoolean("bench.explain")) {
                explain(
                        jdbc,
                        "select id, display_name, roles, status, last_sign_in_at from user_account where search_key like"
                                + " '%ines.girard%' limit 3001");
                explain(
                        jdbc,
                        "select id, display_name, roles, status, last_sign_in_at from user_account where search_key"
                                + " like '%dubois%' and department = 'Production' limit 3001");
                explain(
                        jdbc,
                        "select id, username from user_account where search_key like '%ines.girard%'"
                                + " order by display_name, id limit 50");
            }
            for (var criteria : shapes) {
                for (int i = 0; i < 5; i++) {
                    list.search(criteria);
                }
                var times = new long[40];
                AccountDirectory.Page page = null;
                for (int i = 0; i < times.length; i++) {
                    long s = System.nanoTime();
                    page = list.search(criteria);
                    times[i] = System.nanoTime() - s;
                }
                Arrays.sort(times);
                System.out.printf(
                        "list %-90s total=%,6d%s  median %5.1f ms  p95 %5.1f ms%n",
                        criteria,
                        page.total(),
                        page.capped() ? "+" : " ",
                        times[times.length / 2] / 1e6,
                        times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6);
            }
        }
    }

    private static void fill(JdbcTemplate jdbc) {
        var random = new Random(12);
        var now = Instant.now();
        var people = new ArrayList<Object[]>();
        var accounts = new ArrayList<Object[]>();
        for (int i = 0; i < ACCOUNTS + INVITED; i++) {
            var number = String.format("ML%07d", i);
            var first = FIRST[random.nextInt(FIRST.length)];
            var last = LAST[random.nextInt(LAST.length)];
            var email = (AccountDirectory.fold(first) + "." + AccountDirectory.fold(last) + "." + i + "@example.org");
            var department = i >= ACCOUNTS ? "Nouveaux" : DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            people.add(new Object[] {
                number,
                first,
                last,
                email,
                department,
                "Paris",
                AccountDirectory.fold(last),
                AccountDirectory.fold(first),
                email
            });
            if (i < ACCOUNTS) {
                var status = random.nextInt(10) == 0 ? "INVITED" : random.nextInt(30) == 0 ? "DISABLED" : "ACTIVE";
                var roles = random.nextInt(200) == 0
                        ? "ADMIN,PARTICIPANT"
                        : random.nextInt(100) == 0 ? "PARTICIPANT,SPONSOR" : "PARTICIPANT";
                var signIn = status.equals("ACTIVE") && random.nextInt(4) != 0
                        ? Timestamp.from(now.minusSeconds(random.nextInt(200 * 86_400)))
                        : null;
                var display = first + " " + last;
                accounts.add(new Object[] {
                    email,
                    display,
                    email,
                    "{noop}x",
                    roles,
                    number,
                    status,
                    email,
                    number.toLowerCase(),
                    signIn,
                    AccountDirectory.fold(display + " " + email + " " + number + " " + email),
                    Timestamp.from(now),
                    !status.equals("DISABLED"),
                    department
                });
            }
            if (people.size() == 5000) {
                flush(jdbc, people, accounts);
            }
        }
        flush(jdbc, people, accounts);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> people, List<Object[]> accounts) {
        jdbc.batchUpdate(
                "insert into person (employee_number, first_name, last_name, email, department, site, last_name_key,"
                        + " first_name_key, email_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                people);
        jdbc.batchUpdate(
                "insert into user_account (username, display_name, email, password_hash, roles, employee_number,"
                        + " status, email_key, employee_key, last_sign_in_at, search_key, created_at, enabled,"
                        + " department) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                accounts);
        people.clear();
        accounts.clear();
    }

    private static void explain(JdbcTemplate jdbc, String sql) {
        System.out.println("EXPLAIN " + sql);
        jdbc.queryForList("explain " + sql, String.class)
                .forEach(line -> System.out.println("  | " + line.replace("\n", " / ")));
    }

    private static void analyze(JdbcTemplate jdbc, BenchmarkApplication.Database database) {
        if (database.isPostgres()) {
            jdbc.execute("analyze");
        } else {
            jdbc.execute("analyze");
        }
    }
}
