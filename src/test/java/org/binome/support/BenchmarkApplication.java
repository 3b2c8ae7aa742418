package org.binome.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.binome.BinomeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one way a benchmark starts Binôme: an empty company (no demo data, no scheduled jobs, a web server on a free port,
 * warnings only in the log) on in-memory H2 in PostgreSQL mode and on embedded PostgreSQL. A benchmark's
 * {@code main} hands its command-line arguments and its measurements over:
 *
 * <pre>{@code
 * public static void main(String[] args) throws Exception {
 *     BenchmarkApplication.onEachDatabase(args, SomethingBenchmark::run);
 * }
 *
 * private static void run(BenchmarkApplication.Database database) throws Exception {
 *     try (var context = BenchmarkApplication.start(database)) {
 *         var jdbc = context.getBean(JdbcTemplate.class);
 *         ... fill, then time what the benchmark measures ...
 *     }
 * }
 * }</pre>
 *
 * The first argument chooses the databases: {@code h2}, {@code postgres} or {@code both} (the default), {@code
 * h2-file} (H2 in a file, as production by default) or {@code all} (the three). Each run
 * prints a {@code === database} header and runs the benchmark, which starts the application with {@link #start} and
 * closes it; then the JVM exits (embedded PostgreSQL's threads would keep it alive).
 */
public final class BenchmarkApplication {

    /** Where a benchmark's application keeps its data. */
    public record Database(String name, String url, String user, String password) {

        public static Database h2() {
            return new Database(
                    "H2 (in memory, PostgreSQL mode)",
                    "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "");
        }

        /**
         * A fresh H2 file database (production's default: {@code jdbc:h2:file:}), in a temporary directory removed when
         * the JVM exits: its pages live off the benchmark's heap, apart from H2's cache.
         */
        public static Database h2File() {
            try {
                var dir = java.nio.file.Files.createTempDirectory("binome-bench");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (var files = java.nio.file.Files.walk(dir)) {
                        files.sorted(java.util.Comparator.reverseOrder())
                                .forEach(f -> f.toFile().delete());
                    } catch (java.io.IOException e) {
                        // a temporary directory: the system cleans it eventually
                    }
                }));
                return new Database(
                        "H2 (file, PostgreSQL mode)",
                        "jdbc:h2:file:" + dir.resolve("bench")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
                                // As production (application.properties); -Dbench.h2.cache-size=16384 is H2's default.
                                + ";CACHE_SIZE=" + Integer.getInteger("bench.h2.cache-size", 65_536),
                        "sa",
                        "");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** A fresh database on the embedded PostgreSQL server (started on first use). */
        public static Database postgres() {
            return new Database("PostgreSQL 14 (embedded)", PostgresDatabase.createDatabase(), "postgres", "postgres");
        }

        public boolean isPostgres() {
            return url.startsWith("jdbc:postgresql");
        }
    }

    /** What a benchmark measures on one database. */
    @FunctionalInterface
    public interface Measurements {
        void run(Database database) throws Exception;
    }

    private BenchmarkApplication() {}

    /** Runs {@code measurements} on each database chosen by {@code args[0]}, then exits the JVM. */
    public static void onEachDatabase(String[] args, Measurements measurements) throws Exception {
        var which = args.length == 0 ? "both" : args[0];
        if (which.equals("both") || which.equals("all") || which.equals("h2")) {
            run(Database.h2(), measurements);
        }
        if (which.equals("all") || which.equals("h2-file")) {
            run(Database.h2File(), measurements);
        }
        if (which.equals("both") || which.equals("all") || which.equals("postgres")) {
            run(Database.postgres(), measurements);
        }
        System.exit(0);
    }

    private static void run(Database database, Measurements measurements) throws Exception {
        System.out.printf(
                "%n=== %s (load average %.2f)%n",
                database.name(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        measurements.run(database);
    }

    /** Starts an empty Binôme on {@code database}; {@code more} adds {@code --name=value} settings (not one of those above: a repeated setting would read as a list). */
    public static ConfigurableApplicationContext start(Database database, String... more) {
        var settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--logging.level.root=WARN",
                "--binome.demo.enabled=false",
                "--binome.scheduling.enabled=false",
                // PostgreSQL refuses to start without a notes key (README, Privacy): a throw-away one.
                "--binome.privacy.notes-key=" + throwAwayKey(),
                "--BINOME_ADMIN_PASSWORD=Phare-du-benchmark-sur-la-digue-7"));
        settings.addAll(Arrays.asList(more));
        return new SpringApplication(BinomeApplication.class).run(settings.toArray(String[]::new));
    }

    private static String throwAwayKey() {
        var key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }
}
