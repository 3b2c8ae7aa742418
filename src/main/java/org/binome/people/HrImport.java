package org.binome.people;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The HR import: upload, column mapping, a full check of every line, then the changes applied in one transaction
 * (so never half-applied, even if the server stops). The file is read as a stream, twice at most per step; only the
 * employee numbers and manager links are kept in memory.
 */
@Service
class HrImport {

    static final int PREVIEW_ROWS = 20;
    private static final int BATCH = 1000;
    /** People per insert statement: 100 rows of 17 values, well below every driver's limit on parameters. */
    private static final int ROWS_PER_INSERT = 100;
    /** Changes beyond which the import refreshes the database's statistics of the directory. */
    private static final int ANALYZE_FROM = 1000;

    private static final Logger log = LoggerFactory.getLogger(HrImport.class);

    private final ImportJobs jobs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate applying;
    private final TransactionTemplate separately;
    private final MessageSource messages;
    private final Path storage;
    private final DataSize maxSize;
    private final Departures departures;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "hr-import");
        thread.setDaemon(true);
        return thread;
    });

    HrImport(
            ImportJobs jobs,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            MessageSource messages,
            @Value("${binome.import.directory:${java.io.tmpdir}/binome-import}") Path storage,
            @Value("${binome.import.max-size:60MB}") DataSize maxSize,
            Departures departures) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.applying = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.messages = messages;
        this.storage = storage;
        this.maxSize = maxSize;
        this.departures = departures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedJobs() {
        int interrupted = jobs.interrupted();
        if (interrupted > 0) {
            log.warn("{} HR import(s) were interrupted by a stop; nothing of them was applied", interrupted);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    DataSize maxSize() {
        return maxSize;
    }

    /** Stores the upload (refusing it beyond the size limit), recognises its format and proposes a mapping. */
    ImportJob upload(String fileName, InputStream content, String startedBy) {
        var file = store(content);
        try {
            var csv = CsvFile.inspect(file);
            long id = jobs.create(
                    fileName == null || fileName.isBlank() ? "import.csv" : fileName,
                    csv,
                    propose(csv.headers()),
                    startedBy);
            return jobs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The remembered choice when the file has that header, otherwise the header a French or English export uses. */
    Map<ImportField, String> propose(List<String> headers) {
        var remembered = jobs.rememberedMapping();
        var mapping = new EnumMap<ImportField, String>(ImportField.class);
        var used = new HashSet<String>();
        for (var field : ImportField.values()) {
            var header = remembered.get(field);
            if (header != null && headers.contains(header) && used.add(header)) {
                mapping.put(field, header);
            }
        }
        for (var field : ImportField.values()) {
            if (mapping.containsKey(field)) {
                continue;
            }
            headers.stream()
                    .filter(h -> !used.contains(h) && field.recognises(h))
                    .findFirst()
                    .ifPresent(h -> {
                        used.add(h);
                        mapping.put(field, h);
                    });
        }
        return mapping;
    }

    /** Keeps the administrator's mapping (and remembers it for next time), then checks every line in the background. */
    void map(long id, Map<ImportField, String> mapping) {
        var job = require(id, ImportStatus.MAPPING, ImportStatus.VALIDATED, ImportStatus.REJECTED);
        checkMapping(job, mapping);
        jobs.remember(mapping);
        jobs.mapped(id, mapping);
        background.submit(() -> validate(id));
    }

    /** Applies the checked file in the background. */
    void start(long id, boolean applyValidOnly, boolean completeDirectory) {
        require(id, ImportStatus.VALIDATED, ImportStatus.REJECTED);
        jobs.options(id, applyValidOnly, completeDirectory);
        background.submit(() -> apply(id));
    }

    /** The API's way: upload, the proposed mapping, check and apply, all before answering. */
    ImportJob importNow(
            String fileName, InputStream content, boolean applyValidOnly, boolean completeDirectory, String by) {
        var job = upload(fileName, content, by);
        checkMapping(job, job.mapping());
        jobs.mapped(job.id(), job.mapping());
        jobs.options(job.id(), applyValidOnly, completeDirectory);
        apply(job.id());
        var done = jobs.find(job.id()).orElseThrow();
        if (done.status() == ImportStatus.FAILED) {
            throw done.errorDetail() == null
                    ? new ImportRejected(done.errorKey())
                    : new ImportRejected(done.errorKey(), done.errorDetail());
        }
        return done;
    }

    Map<ImportField, Integer> columns(ImportJob job) {
        var columns = new EnumMap<ImportField, Integer>(ImportField.class);
        job.mapping().forEach((field, header) -> {
            int index = job.headers().indexOf(header);
            if (index >= 0) {
                columns.put(field, index);
            }
        });
        return columns;
    }

    /** The first lines as they will be read, with the problems found on them. */
    List<PreviewRow> preview(ImportJob job) {
        var problems = jobs.problemsUpTo(job.id(), PREVIEW_ROWS + 1L).stream()
                .collect(Collectors.groupingBy(ImportProblem::line, LinkedHashMap::new, Collectors.toList()));
        var rows = new ArrayList<PreviewRow>();
        if (job.storedFile() == null) {
            return rows;
        }
        var columns = columns(job);
        try (var reader = job.csv().rows(bytes -> {})) {
            for (var record = reader.next(); record != null && rows.size() < PREVIEW_ROWS; record = reader.next()) {
                var values = new EnumMap<ImportField, String>(ImportField.class);
                var cells = record.toList();
                columns.forEach((field, index) -> values.put(field, index < cells.size() ? cells.get(index) : ""));
                long line = CsvFile.Rows.lineOf(record);
                rows.add(new PreviewRow(line, values, problems.getOrDefault(line, List.of())));
            }
        }
        return rows;
    }

    record PreviewRow(long line, Map<ImportField, String> values, List<ImportProblem> problems) {}

    /** The translated explanation of a refused file. */
    String explain(ImportRejected rejected, Locale locale) {
        return messages.getMessage(rejected.key(), rejected.arguments(), rejected.key(), locale);
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String reason(ImportProblem problem, Locale locale) {
        return messages.getMessage(
                "import.reason." + problem.reason(),
                new Object[] {problem.detail() == null ? "" : problem.detail()},
                problem.reason(),
                locale);
    }

    ImportReport report(ImportJob job, Locale locale) {
        var problems = jobs.problems(job.id(), 100).stream()
                .map(p -> new ImportReport.Problem(p.line(), p.column(), p.value(), reason(p, locale)))
                .toList();
        String error = job.errorKey() == null
                ? null
                : messages.getMessage(job.errorKey(), new Object[] {job.errorDetail()}, job.errorKey(), locale);
        return new ImportReport(
                job.id(),
                job.status().name(),
                job.fileName(),
                job.encoding(),
                job.separatorName(),
                job.totalRows(),
                job.validRows(),
                job.invalidRows(),
                job.created(),
                job.updated(),
                job.unchanged(),
                job.markedAsLeft(),
                job.status() == ImportStatus.DONE,
                error,
                jobs.problemCount(job.id()),
                problems);
    }

    // --- the steps -----------------------------------------------------------------------------------------------

    void validate(long id) {
        var job = jobs.find(id).orElseThrow();
        try {
            var checked = check(job, percent -> progress(id, percent));
            jobs.checked(id, ImportStatus.VALIDATED, checked.total, checked.valid(), checked.invalid());
        } catch (ImportRejected e) {
            jobs.failed(id, e.key(), detail(e));
            discard(job);
        } catch (RuntimeException e) {
            log.error("HR import {} could not be checked", id, e);
            jobs.failed(id, "import.error.unexpected", null);
            discard(job);
        }
    }

    void apply(long id) {
        var job = jobs.find(id).orElseThrow();
        try {
            var checked = check(job, percent -> progress(id, percent / 2));
            if (checked.invalid() > 0 && !job.applyValidOnly() || checked.valid() == 0) {
                jobs.checked(id, ImportStatus.REJECTED, checked.total, checked.valid(), checked.invalid());
                return;
            }
            var counts = applying.execute(status -> {
                var gone = departures.alreadyGone();
                var written = write(job, checked, percent -> progress(id, 50 + percent / 2));
                departures.announceSince(gone);
                jobs.checked(id, ImportStatus.IMPORTING, checked.total, checked.valid(), checked.invalid());
                jobs.applied(id, written[0], written[1], written[2], written[3]);
                return written;
            });
            refreshStatistics(counts[0] + counts[1] + counts[3]);
            discard(job);
        } catch (ImportRejected e) {
            jobs.failed(id, e.key(), detail(e));
            discard(job);
        } catch (RuntimeException e) {
            log.error("HR import {} failed; nothing was applied", id, e);
            jobs.failed(id, "import.error.unexpected", null);
            discard(job);
        }
    }

    /**
     * Fresh planner statistics after a large change, so that the directory's next searches are planned for the new
     * size at once rather than when the database gets round to it (PostgreSQL plans a freshly filled table as if it
     * were small until then).
     */
    private void refreshStatistics(int changedRows) {
        if (changedRows < ANALYZE_FROM) {
            return;
        }
        try {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                boolean postgres =
                        "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
                try (var statement = connection.createStatement()) {
                    statement.execute(postgres ? "analyze person" : "analyze table person");
                }
                return null;
            });
        } catch (DataAccessException e) {
            log.warn("Could not refresh the directory's statistics after an import", e);
        }
    }

    private void progress(long id, int percent) {
        separately.executeWithoutResult(status -> jobs.progress(id, percent));
    }

    /** What the check of every line found: the invalid lines and every employee number the file names. */
    record Checked(int total, BitSet invalidLines, Set<String> numbers) {
        int invalid() {
            return invalidLines.cardinality();
        }

        int valid() {
            return total - invalid();
        }
    }

    private record Entry(long line, String manager) {}

    Checked check(ImportJob job, IntConsumer progress) {
        if (job.storedFile() == null) {
            throw new ImportRejected("import.error.gone");
        }
        var today = LocalDate.now();
        var columns = columns(job);
        var headers = job.mapping();
        jobs.clearProblems(job.id());
        var pending = new ArrayList<ImportProblem>();
        var invalid = new BitSet();
        var entries = new HashMap<String, Entry>();
        var duplicatesReported = new HashSet<String>();
        int total = 0;
        var reporter = new Progress(job.fileSize(), progress);
        try (var rows = job.csv().rows(reporter)) {
            for (var record = rows.next(); record != null; record = rows.next()) {
                total++;
                var row = ImportRow.read(record, columns, headers, today);
                var problems = new ArrayList<>(row.problems);
                if (row.employeeNumber != null) {
                    var first = entries.putIfAbsent(row.employeeNumber, new Entry(row.line, row.managerNumber));
                    if (first != null) {
                        problems.add(new ImportProblem(
                                row.line,
                                headers.get(ImportField.EMPLOYEE_NUMBER),
                                row.employeeNumber,
                                "duplicateId",
                                String.valueOf(first.line())));
                        if (duplicatesReported.add(row.employeeNumber)) {
                            pending.add(new ImportProblem(
                                    first.line(),
                                    headers.get(ImportField.EMPLOYEE_NUMBER),
                                    row.employeeNumber,
                                    "duplicateId",
                                    String.valueOf(row.line)));
                            invalid.set((int) first.line());
                        }
                    }
                }
                if (!problems.isEmpty()) {
                    invalid.set((int) row.line);
                    pending.addAll(problems);
                }
                if (pending.size() >= BATCH) {
                    jobs.addProblems(job.id(), pending);
                    pending.clear();
                }
            }
        }
        if (total == 0) {
            throw new ImportRejected("import.error.noRows");
        }
        checkManagers(job, entries, invalid, pending);
        jobs.addProblems(job.id(), pending);
        progress.accept(100);
        return new Checked(total, invalid, entries.keySet());
    }

    /** Unknown managers, manager cycles, and managers whose own line is refused (so that nobody points nowhere). */
    private void checkManagers(
            ImportJob job, Map<String, Entry> entries, BitSet invalid, List<ImportProblem> problems) {
        var column = job.mapping().get(ImportField.MANAGER);
        if (column == null) {
            return;
        }
        var directory = new HashMap<String, String>();
        jdbc.query("select employee_number, manager_number from person", rs -> {
            directory.put(rs.getString(1), rs.getString(2));
        });
        entries.forEach((number, entry) -> {
            var manager = entry.manager();
            if (manager != null && !entries.containsKey(manager) && !directory.containsKey(manager)) {
                problems.add(new ImportProblem(entry.line(), column, manager, "unknownManager", manager));
                invalid.set((int) entry.line());
            }
        });
        var links = new HashMap<>(directory);
        entries.forEach((number, entry) -> links.put(number, entry.manager()));
        for (var cycle : ReportingLines.cyclesIn(links)) {
            var ids = String.join(" → ", cycle) + " → " + cycle.get(0);
            for (var number : cycle) {
                var entry = entries.get(number);
                if (entry != null) {
                    problems.add(new ImportProblem(entry.line(), column, entry.manager(), "managerCycle", ids));
                    invalid.set((int) entry.line());
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var entry : entries.values()) {
                var manager = entry.manager();
                if (manager == null || invalid.get((int) entry.line()) || directory.containsKey(manager)) {
                    continue;
                }
                var managerEntry = entries.get(manager);
                if (managerEntry != null && invalid.get((int) managerEntry.line())) {
                    problems.add(new ImportProblem(entry.line(), column, manager, "managerRefused", manager));
                    invalid.set((int) entry.line());
                    changed = true;
                }
            }
        }
    }

    private record Existing(long id, String fingerprint, boolean active) {}

    /** Applies the valid lines; returns created, updated, unchanged and marked-as-left counts. */
    private int[] write(ImportJob job, Checked checked, IntConsumer progress) {
        var today = LocalDate.now();
        var columns = columns(job);
        var fields = new ArrayList<>(columns.keySet());
        fields.remove(ImportField.LEAVING_DATE);
        var existing = new HashMap<String, Existing>();
        // only the compared columns, read by position: id, number, status, the mapped fields, then the leaving date
        var compared = new StringBuilder("select id, employee_number, status");
        fields.forEach(field -> compared.append(", ").append(field.column));
        jdbc.query(compared.append(", leaving_date from person").toString(), rs -> {
            var values = new ArrayList<Object>(fields.size() + 2);
            for (int i = 0; i < fields.size(); i++) {
                values.add(rs.getObject(4 + i));
            }
            values.add(rs.getObject(4 + fields.size()));
            var status = rs.getString(3);
            values.add(status);
            existing.put(
                    rs.getString(2),
                    new Existing(
                            rs.getLong(1),
                            fingerprint(values),
                            PersonStatus.ACTIVE.name().equals(status)));
        });
        var insertColumns =
                java.util.Arrays.stream(ImportField.values()).map(f -> f.column).collect(Collectors.joining(", "));
        var inserting = new Inserts(
                "insert into person (" + insertColumns + ", status, last_name_key, first_name_key, email_key, version)"
                        + " values ",
                "(" + "?, ".repeat(ImportField.values().length) + "?, ?, ?, ?, 0)");
        var updatable =
                fields.stream().filter(f -> f != ImportField.EMPLOYEE_NUMBER).toList();
        var updateSql = "update person set "
                + updatable.stream().map(f -> f.column + " = ?, ").collect(Collectors.joining())
                + "leaving_date = ?, status = ?, last_name_key = ?, first_name_key = ?, email_key = ?,"
                + " version = version + 1 where id = ?";
        // explicit SQL types: no parameter metadata round trip for every null value
        var insertTypes = types(java.util.Arrays.asList(ImportField.values()), java.sql.Types.VARCHAR, 4);
        var updateTypes = types(updatable, java.sql.Types.DATE, 0);
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var reporter = new Progress(job.fileSize(), progress);
        try (var rows = job.csv().rows(reporter)) {
            for (var record = rows.next(); record != null; record = rows.next()) {
                long line = CsvFile.Rows.lineOf(record);
                if (checked.invalidLines().get((int) line)) {
                    continue;
                }
                var row = ImportRow.read(record, columns, job.mapping(), today);
                var status = row.status(today);
                var values = new ArrayList<Object>();
                for (var field : fields) {
                    values.add(row.valueOf(field));
                }
                values.add(row.leavingDate);
                values.add(status.name());
                var before = existing.get(row.employeeNumber);
                if (before == null) {
                    var insert = new ArrayList<Object>();
                    for (var field : ImportField.values()) {
                        insert.add(row.valueOf(field));
                    }
                    insert.add(status.name());
                    insert.addAll(keys(row));
                    inserts.add(insert.toArray());
                    created++;
                } else if (!before.fingerprint().equals(fingerprint(values))) {
                    var update = new ArrayList<Object>();
                    for (var field : updatable) {
                        update.add(row.valueOf(field));
                    }
                    update.add(row.leavingDate);
                    update.add(status.name());
                    update.addAll(keys(row));
                    update.add(before.id());
                    updates.add(update.toArray());
                    updated++;
                } else {
                    unchanged++;
                }
                if (inserts.size() >= BATCH) {
                    inserting.write(inserts, insertTypes);
                }
                flush(updateSql, updates, false, updateTypes);
            }
        }
        inserting.write(inserts, insertTypes);
        flush(updateSql, updates, true, updateTypes);
        int left = 0;
        if (job.completeDirectory()) {
            var leaving = new ArrayList<Object[]>();
            for (var person : existing.entrySet()) {
                if (person.getValue().active() && !checked.numbers().contains(person.getKey())) {
                    leaving.add(new Object[] {today, person.getValue().id()});
                }
            }
            left = leaving.size();
            for (int from = 0; from < leaving.size(); from += BATCH) {
                jdbc.batchUpdate(
                        "update person set status = 'LEFT', leaving_date = ?, version = version + 1 where id = ?",
                        leaving.subList(from, Math.min(leaving.size(), from + BATCH)));
            }
        }
        progress.accept(100);
        return new int[] {created, updated, unchanged, left};
    }

    private static List<Object> keys(ImportRow row) {
        return java.util.Arrays.asList(
                SearchKeys.fold(row.lastName),
                SearchKeys.fold(row.firstName),
                row.email == null ? null : row.email.toLowerCase(Locale.ROOT));
    }

    /** The columns' SQL types, then {@code extra}, then status and the three search keys (VARCHAR), then the id. */
    private static int[] types(List<ImportField> fields, int extra, int mode) {
        var types = new ArrayList<Integer>();
        for (var field : fields) {
            types.add(
                    switch (field) {
                        case HIRE_DATE, LEAVING_DATE -> java.sql.Types.DATE;
                        case CAREER_START_YEAR, BIRTH_YEAR -> java.sql.Types.INTEGER;
                        default -> java.sql.Types.VARCHAR;
                    });
        }
        if (mode == 4) {
            // insert: status and the three keys
            for (int i = 0; i < 4; i++) {
                types.add(extra);
            }
        } else {
            // update: leaving date, status, three keys, id
            types.add(extra);
            for (int i = 0; i < 4; i++) {
                types.add(java.sql.Types.VARCHAR);
            }
            types.add(java.sql.Types.BIGINT);
        }
        return types.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * New people written {@link #ROWS_PER_INSERT} to a statement ({@code insert ... values (...), (...), ...}): far
     * fewer statements to execute than rows, on H2 as on PostgreSQL.
     */
    private final class Inserts {
        private final String start;
        private final String row;
        private final Map<Integer, String> statements = new HashMap<>();

        Inserts(String start, String row) {
            this.start = start;
            this.row = row;
        }

        /** Writes these rows (each with the given SQL types) and empties the list. */
        void write(List<Object[]> rows, int[] types) {
            if (rows.isEmpty()) {
                return;
            }
            int full = rows.size() / ROWS_PER_INSERT;
            if (full > 0) {
                var statements = new ArrayList<Object[]>(full);
                for (int i = 0; i < full; i++) {
                    statements.add(flatten(rows.subList(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT)));
                }
                jdbc.batchUpdate(sql(ROWS_PER_INSERT), statements, repeat(types, ROWS_PER_INSERT));
            }
            var rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
            if (!rest.isEmpty()) {
                jdbc.update(sql(rest.size()), flatten(rest), repeat(types, rest.size()));
            }
            rows.clear();
        }

        private String sql(int rows) {
            return statements.computeIfAbsent(
                    rows, n -> start + String.join(", ", java.util.Collections.nCopies(n, row)));
        }

        private static Object[] flatten(List<Object[]> rows) {
            int width = rows.get(0).length;
            var values = new Object[rows.size() * width];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, values, i * width, width);
            }
            return values;
        }

        private static int[] repeat(int[] types, int times) {
            var all = new int[types.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(types, 0, all, i * types.length, types.length);
            }
            return all;
        }
    }

    private void flush(String sql, List<Object[]> batch, boolean always, int[] types) {
        if (batch.size() >= BATCH || (always && !batch.isEmpty())) {
            jdbc.batchUpdate(sql, batch, types);
            batch.clear();
        }
    }

    /** Dates and numbers compared as text, so that a value read from the file and from the database agree. */
    private static String fingerprint(List<Object> values) {
        var text = new StringBuilder();
        for (var value : values) {
            if (value instanceof java.sql.Date date) {
                value = date.toLocalDate();
            }
            text.append(Objects.toString(value, "")).append('\u0001');
        }
        return text.toString();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void checkMapping(ImportJob job, Map<ImportField, String> mapping) {
        var missing = new ArrayList<ImportField>();
        for (var field : ImportField.values()) {
            var header = mapping.get(field);
            if (field.required && (header == null || !job.headers().contains(header))) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumns(missing);
        }
        var headers = mapping.values().stream().filter(Objects::nonNull).toList();
        if (new HashSet<>(headers).size() != headers.size()) {
            throw new ImportRejected("import.error.sameColumnTwice");
        }
    }

    /** Required fields the file has no column for. */
    static final class MissingColumns extends ImportRejected {
        private final transient List<ImportField> fields;

        MissingColumns(List<ImportField> fields) {
            super("import.error.missingColumns");
            this.fields = List.copyOf(fields);
        }

        List<ImportField> fields() {
            return fields;
        }
    }

    String explainMissing(MissingColumns missing, Locale locale) {
        var names = missing.fields().stream()
                .map(f -> messages.getMessage(f.messageKey(), null, f.name(), locale))
                .collect(Collectors.joining(", "));
        return messages.getMessage("import.error.missingColumns", new Object[] {names}, locale);
    }

    private ImportJob require(long id, ImportStatus... allowed) {
        var job = jobs.find(id).orElseThrow(() -> new ImportRejected("import.error.noSuchJob"));
        if (!List.of(allowed).contains(job.status())) {
            throw new ImportRejected("import.error.wrongStep");
        }
        return job;
    }

    private Path store(InputStream content) {
        try {
            Files.createDirectories(storage);
            var file = storage.resolve(UUID.randomUUID() + ".csv");
            long limit = maxSize.toBytes();
            long written = 0;
            try (content;
                    var out = Files.newOutputStream(file)) {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) > 0) {
                    written += read;
                    if (written > limit) {
                        out.close();
                        delete(file);
                        throw new ImportRejected("import.error.tooLarge", maxSize.toMegabytes());
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void discard(ImportJob job) {
        if (job.storedFile() != null) {
            delete(Path.of(job.storedFile()));
            jobs.forgetFile(job.id());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    private static String detail(ImportRejected e) {
        return e.arguments().length == 0 ? null : String.valueOf(e.arguments()[0]);
    }

    /**
     * Turns bytes read into a percentage, telling only when it changes and at most every {@link #EVERY_NANOS}: each
     * report is a commit of its own, and on the embedded H2 database (written to disk at every commit) a commit during
     * a large import also writes the import's pending pages.
     */
    private static final class Progress implements java.util.function.LongConsumer {
        private static final long EVERY_NANOS = 500_000_000L;
        private final long size;
        private final IntConsumer percent;
        private int last = -1;
        private long lastTime;

        Progress(long size, IntConsumer percent) {
            this.size = Math.max(1, size);
            this.percent = percent;
        }

        @Override
        public void accept(long bytes) {
            int now = (int) Math.min(99, bytes * 100 / size);
            if (now != last && (last < 0 || System.nanoTime() - lastTime >= EVERY_NANOS)) {
                last = now;
                lastTime = System.nanoTime();
                percent.accept(now);
            }
        }
    }
}
