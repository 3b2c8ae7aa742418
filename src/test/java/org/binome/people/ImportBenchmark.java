package org.binome.people;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.binome.BinomeApplication;
import org.binome.support.PostgresDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark command (not a test): generates a 100,000-employee HR file, imports it end to end on H2 and on PostgreSQL
 * (embedded, zonky), imports it a second time (everything unchanged), then measures directory search latency at
 * 100,000 people. See the report for the command; run it with a small heap to check that memory stays bounded. A second
 * argument {@code xlsx} imports the same employees from an Excel workbook instead of the CSV file.
 */
public final class ImportBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 100_000);
    private static final String[] DEPARTMENTS = {
        "Finance",
        "Marketing",
        "Commercial",
        "Informatique",
        "Production",
        "Logistique",
        "Juridique",
        "R&D",
        "Ressources humaines",
        "Achats",
        "Qualité",
        "Service client"
    };
    private static final String[] SITES = {"Paris", "Lyon", "Lille", "Bordeaux", "Nantes", "Toulouse", "Rennes"};
    private static final String[] FIRST = {"Camille", "Léa", "Inès", "Hugo", "Karim", "Zoé", "Éric", "Nathalie"};
    private static final String[] LAST = {"Martin", "Lefèvre", "Dubois", "Benali", "Nguyen", "Roux", "Girard", "Faure"};

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        var which = args.length == 0 ? "both" : args[0];
        var format = args.length < 2 ? "csv" : args[1];
        Path file;
        if (format.equals("xlsx")) {
            var csv = Files.createTempFile("binome-bench-", ".csv");
            generate(csv);
            file = Files.createTempFile("binome-bench-", ".xlsx");
            long started = System.nanoTime();
            toWorkbook(csv, file);
            Files.deleteIfExists(csv);
            System.out.printf(
                    "Generated %,d employees as an Excel workbook: %s (%.1f MB) in %d ms%n",
                    PEOPLE, file, Files.size(file) / 1e6, (System.nanoTime() - started) / 1_000_000);
        } else {
            file = Files.createTempFile("binome-bench-", ".csv");
            long started = System.nanoTime();
            generate(file);
            System.out.printf(
                    "Generated %,d employees: %s (%.1f MB) in %d ms%n",
                    PEOPLE, file, Files.size(file) / 1e6, (System.nanoTime() - started) / 1_000_000);
        }
        if (which.equals("both") || which.equals("all") || which.equals("h2")) {
            run(
                    "H2 (in memory, PostgreSQL mode)",
                    "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "",
                    file);
        }
        if (which.equals("all") || which.equals("h2-file")) {
            var h2file = Files.createTempDirectory("binome-bench-h2").resolve("binome");
            run(
                    "H2 (file, as the embedded default)",
                    "jdbc:h2:file:" + h2file + ";MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                    "sa",
                    "",
                    file);
        }
        if (which.equals("both") || which.equals("all") || which.equals("postgres")) {
            run("PostgreSQL 14 (embedded)", PostgresDatabase.createDatabase(), "postgres", "postgres", file);
        }
        Files.deleteIfExists(file);
        System.exit(0);
    }

    private static void run(String name, String url, String user, String password, Path file) throws Exception {
        System.out.println("\n=== " + name);
        var app = new SpringApplication(BinomeApplication.class);
        app.setAdditionalProfiles("bench");
        ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--binome.import.directory=" + Files.createTempDirectory("binome-bench-import"));
        try {
            var hrImport = context.getBean(HrImport.class);
            var search = context.getBean(DirectorySearch.class);
            var memory = ManagementFactory.getMemoryMXBean();
            for (var round : List.of("first import (all created)", "same file again (all unchanged)")) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                ImportJob job;
                try (var in = Files.newInputStream(file)) {
                    job = hrImport.importNow(file.getFileName().toString(), in, false, true, "bench");
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf(
                        "%-34s %,7d ms  status=%s created=%,d updated=%,d unchanged=%,d left=%,d"
                                + "  heap peak=%d MB, used after=%d MB (max %d MB)  load average %.2f%n",
                        round + " " + (job.workbook() ? "XLSX" : "CSV"),
                        ms,
                        job.status(),
                        job.created(),
                        job.updated(),
                        job.unchanged(),
                        job.markedAsLeft(),
                        peakHeap() / 1_000_000,
                        memory.getHeapMemoryUsage().getUsed() / 1_000_000,
                        Runtime.getRuntime().maxMemory() / 1_000_000,
                        load());
            }
            // every query shape of the directory page: texts (narrow, broad, e-mail, employee number), filters, sorts,
            // deep pages, all statuses
            var criteria = List.of(
                    new DirectorySearch.Criteria("", "", "", "name", 0),
                    new DirectorySearch.Criteria("", "", "", "name", 200),
                    new DirectorySearch.Criteria("ler", "", "", "name", 0),
                    new DirectorySearch.Criteria("martin", "Production", "", "name", 3),
                    new DirectorySearch.Criteria("", "Finance", "Lyon", "hired", 0),
                    new DirectorySearch.Criteria("B0004217", "", "", "name", 0),
                    new DirectorySearch.Criteria("camille.roux", "", "", "department", 0),
                    new DirectorySearch.Criteria("", "", "", "hired", 0),
                    new DirectorySearch.Criteria("", "", "", "department", 200),
                    new DirectorySearch.Criteria("", "Finance", "", "name", 100),
                    new DirectorySearch.Criteria("", "", "Paris", "site", 0),
                    new DirectorySearch.Criteria("le", "", "", "name", 0),
                    new DirectorySearch.Criteria("", "", "", "number", 399, "", "ALL"));
            var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            for (var c : criteria) {
                for (int i = 0; i < 5; i++) {
                    search.search(c);
                }
                var times = new long[40];
                long total = 0;
                for (int i = 0; i < times.length; i++) {
                    // a write to the directory between two searches: H2 would otherwise answer a repeated query from
                    // its cache of the last result (kept until the table changes), which an administrator's new
                    // search never gets
                    jdbc.update("update person set version = version where employee_number = ?", number(0));
                    long t0 = System.nanoTime();
                    total = search.search(c).total();
                    times[i] = System.nanoTime() - t0;
                }
                Arrays.sort(times);
                System.out.printf(
                        "search q=%-14s dept=%-10s site=%-5s sort=%-10s page=%-3d %-6s %,6d hits  median %5.1f ms  p95 %5.1f ms%n",
                        "'" + c.text() + "'",
                        c.department(),
                        c.site(),
                        c.sort(),
                        c.page(),
                        c.status(),
                        total,
                        times[20] / 1e6,
                        times[38] / 1e6);
            }
            System.out.printf("load average now: %.2f%n", load());
            long t0 = System.nanoTime();
            var lines = context.getBean(Directory.class).reportingLines();
            System.out.printf(
                    "reporting lines of %,d people loaded in %d ms; chain of the last employee: %d managers%n",
                    lines.size(),
                    (System.nanoTime() - t0) / 1_000_000,
                    lines.chainOf(number(PEOPLE - 1)).size());
        } finally {
            context.close();
        }
    }

    /** The highest heap occupancy since the last reset: the sum of each heap pool's peak (an upper bound). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /**
     * The same employees as an Excel workbook written by POI's streaming writer: numbers as text, dates as date cells
     * (shown dd/mm/yyyy), as an HR system's Excel export has them.
     */
    private static void toWorkbook(Path csv, Path xlsx) throws IOException {
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(null, 200, false, true);
                var lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                var out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet("Salariés");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var format = org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .get();
            int r = 0;
            try (var parser = format.parse(lines)) {
                for (var record : parser) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < record.size(); c++) {
                        var cell = row.createCell(c);
                        var value = record.get(c);
                        if (r > 0 && c == 8 && !value.isEmpty()) {
                            cell.setCellValue(
                                    LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                            cell.setCellStyle(dates);
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                    r++;
                }
            }
            workbook.write(out);
        }
    }

    /** The machine's load average over the last minute (the machine may be shared: read figures against it). */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A company tree: each manager has about eight reports, so the chains are six or seven levels deep. */
    private static void generate(Path file) throws IOException {
        var random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("matricule;prénom;nom;e-mail;direction;site;poste;matricule du manager;date d'entrée;"
                    + "début de carrière;langues;année de naissance\n");
            var line = new ArrayList<String>();
            for (int i = 0; i < PEOPLE; i++) {
                line.clear();
                var first = FIRST[random.nextInt(FIRST.length)];
                var last = LAST[random.nextInt(LAST.length)];
                int birth = 1960 + random.nextInt(45);
                line.add(number(i));
                line.add(first);
                line.add(last);
                line.add((first + "." + last + "." + i + "@example.org").toLowerCase(java.util.Locale.ROOT));
                line.add(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
                line.add(SITES[random.nextInt(SITES.length)]);
                line.add(i == 0 ? "\"Président; directeur général\"" : "Chargé·e de mission");
                line.add(i == 0 ? "" : number((i - 1) / 8));
                var hired = LocalDate.of(Math.min(2025, birth + 22 + random.nextInt(15)), 1 + random.nextInt(12), 1);
                line.add(String.format("%02d/%02d/%d", hired.getDayOfMonth(), hired.getMonthValue(), hired.getYear()));
                line.add(String.valueOf(Math.min(hired.getYear(), birth + 22)));
                line.add(random.nextInt(3) == 0 ? "fr, en" : "fr");
                line.add(String.valueOf(birth));
                out.write(String.join(";", line));
                out.write('\n');
            }
        }
    }

    private static String number(int i) {
        return String.format("B%07d", i);
    }
}
