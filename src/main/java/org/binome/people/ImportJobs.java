package org.binome.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import jobs, their problems and the remembered column mapping, in plain SQL. */
@Component
class ImportJobs {

    /**
     * This process (pid and start time, {@link org.binome.shared.LocalProcess}): a job it runs is under way for real as
     * long as the process lives.
     */
    static final String PROCESS = org.binome.shared.LocalProcess.current().id();

    static final String NODE = org.binome.shared.LocalProcess.hostName();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    long create(
            String fileName,
            Path stored,
            long size,
            ImportSource source,
            ImportSettings settings,
            String savedMapping,
            String by) {
        var now = now();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        var csv = source instanceof CsvFile file ? file : null;
        var xlsx = source instanceof XlsxFile file ? file : null;
        jdbc.sql("""
                        insert into import_job (status, file_name, stored_file, file_size, source_format, sheet,
                               header_row, encoding, separator_char, headers, settings, notices, saved_mapping,
                               started_by, created_at, updated_at)
                        values (:status, :fileName, :storedFile, :size, :format, :sheet, :headerRow, :encoding,
                               :separator, :headers, :settings, :notices, :saved, :startedBy, :now, :now)
                        """)
                .param("status", ImportStatus.MAPPING.name())
                .param("fileName", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("storedFile", stored.toString())
                .param("size", size)
                .param("format", xlsx != null ? ImportJob.XLSX : ImportJob.CSV)
                .param("sheet", xlsx != null ? xlsx.sheet() : null)
                .param("headerRow", source.headerLine())
                .param("encoding", csv != null ? csv.encodingName() : "XLSX")
                .param("separator", csv != null ? String.valueOf(csv.separator()) : ",")
                .param("headers", writeHeaders(source.headers()))
                .param("settings", settings.toJson())
                .param("notices", xlsx == null || xlsx.notices().isEmpty() ? null : writeHeaders(xlsx.notices()))
                .param("saved", savedMapping)
                .param("startedBy", startedBy(by))
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Another sheet of the same workbook chosen: its header and a new proposal replace the old ones. */
    void sheetChosen(long id, XlsxFile sheet, ImportSettings settings) {
        jdbc.sql("update import_job set sheet = ?, header_row = ?, headers = ?, notices = ?, settings = ?,"
                        + " updated_at = ? where id = ?")
                .params(
                        sheet.sheet(),
                        sheet.headerLine(),
                        writeHeaders(sheet.headers()),
                        sheet.notices().isEmpty() ? null : writeHeaders(sheet.notices()),
                        settings.toJson(),
                        now(),
                        id)
                .update();
    }

    private static String startedBy(String by) {
        return by != null && by.length() > 50 ? by.substring(0, 50) : by;
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("select * from import_job where id = ?")
                .param(id)
                .query(ImportJobs::job)
                .optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("select * from import_job order by created_at desc, id desc limit " + limit)
                .query(ImportJobs::job)
                .list();
    }

    void mapped(long id, ImportSettings settings, String savedMapping) {
        jdbc.sql("update import_job set settings = ?, saved_mapping = ?, status = ?, progress = 0, updated_at = ?,"
                        + " node = ?, process = ? where id = ?")
                .params(settings.toJson(), savedMapping, ImportStatus.VALIDATING.name(), now(), NODE, PROCESS, id)
                .update();
    }

    void status(long id, ImportStatus status) {
        jdbc.sql("update import_job set status = ?, progress = 0, updated_at = ?, node = ?, process = ? where id = ?")
                .params(status.name(), now(), NODE, PROCESS, id)
                .update();
    }

    void options(long id, boolean applyValidOnly, boolean completeDirectory) {
        jdbc.sql("update import_job set apply_valid_only = ?, complete_directory = ?, status = ?, progress = 0,"
                        + " updated_at = ?, node = ?, process = ? where id = ?")
                .params(applyValidOnly, completeDirectory, ImportStatus.IMPORTING.name(), now(), NODE, PROCESS, id)
                .update();
    }

    void progress(long id, int percent) {
        jdbc.sql("update import_job set progress = ?, updated_at = ? where id = ?")
                .params(percent, now(), id)
                .update();
    }

    void checked(long id, ImportStatus status, int total, int valid, int invalid) {
        jdbc.sql("update import_job set status = ?, progress = 100, total_rows = ?, valid_rows = ?, invalid_rows = ?,"
                        + " updated_at = ? where id = ?")
                .params(status.name(), total, valid, invalid, now(), id)
                .update();
    }

    void applied(long id, int created, int updated, int unchanged, int left) {
        jdbc.sql("update import_job set status = ?, progress = 100, created_count = ?, updated_count = ?,"
                        + " unchanged_count = ?, left_count = ?, updated_at = ? where id = ?")
                .params(ImportStatus.DONE.name(), created, updated, unchanged, left, now(), id)
                .update();
    }

    void failed(long id, String errorKey, String detail) {
        jdbc.sql("update import_job set status = ?, error_key = ?, error_detail = ?, updated_at = ? where id = ?")
                .params(ImportStatus.FAILED.name(), errorKey, detail, now(), id)
                .update();
    }

    void forgetFile(long id) {
        jdbc.sql("update import_job set stored_file = null where id = ?")
                .param(id)
                .update();
    }

    /**
     * Jobs a stopped process of this host left half-way: their transaction was rolled back, nothing of them was
     * applied. A job another node is running is left alone (several nodes share the database), and so is one another
     * live process of this host is running (two nodes on one machine: its pid still names a process started at the
     * recorded time); jobs from before processes were recorded count as stopped.
     */
    int interrupted() {
        var stopped = org.binome.shared.LocalProcess.jobsLeftByStoppedProcesses(
                jdbc, "import_job", List.of(ImportStatus.VALIDATING.name(), ImportStatus.IMPORTING.name()));
        int interrupted = 0;
        for (var id : stopped) {
            interrupted += jdbc.sql("update import_job set status = ?, error_key = ?, updated_at = ?"
                            + " where id = ? and status in (?, ?)")
                    .params(
                            ImportStatus.FAILED.name(),
                            "import.error.interrupted",
                            now(),
                            id,
                            ImportStatus.VALIDATING.name(),
                            ImportStatus.IMPORTING.name())
                    .update();
        }
        return interrupted;
    }

    void clearProblems(long id) {
        jdbc.sql("delete from import_problem where job_id = ?").param(id).update();
    }

    void addProblems(long id, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "insert into import_problem (job_id, line, column_name, cell_value, reason, detail)"
                        + " values (?, ?, ?, ?, ?, ?)",
                problems.stream()
                        .map(p -> new Object[] {id, (int) p.line(), p.column(), p.value(), p.reason(), p.detail()})
                        .toList());
    }

    /** The problems of lines up to {@code lastLine}, for the preview. */
    List<ImportProblem> problemsUpTo(long id, long lastLine) {
        return jdbc.sql("select line, column_name, cell_value, reason, detail from import_problem"
                        + " where job_id = ? and line <= ? order by line, id")
                .params(id, lastLine)
                .query(ImportJobs::problem)
                .list();
    }

    List<ImportProblem> problems(long id, int limit) {
        return jdbc.sql("select line, column_name, cell_value, reason, detail from import_problem"
                        + " where job_id = ? order by line, id limit " + limit)
                .param(id)
                .query(ImportJobs::problem)
                .list();
    }

    /** Streams every problem of a job, in line order, without loading them all. */
    void eachProblem(long id, java.util.function.Consumer<ImportProblem> consumer) {
        jdbc.sql("select line, column_name, cell_value, reason, detail from import_problem"
                        + " where job_id = ? order by line, id")
                .param(id)
                .query(rs -> {
                    consumer.accept(problem(rs, 0));
                });
    }

    long problemCount(long id) {
        return jdbc.sql("select count(*) from import_problem where job_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /**
     * Jobs whose stored file has waited longer than {@code before} for the next step: their files are deleted and the
     * jobs say so. Returns the stored files of the jobs closed.
     */
    List<String> abandonedFiles(OffsetDateTime before) {
        return jdbc.sql("select stored_file from import_job where stored_file is not null and updated_at < ?"
                        + " and status in (?, ?, ?)")
                .params(
                        before,
                        ImportStatus.MAPPING.name(),
                        ImportStatus.VALIDATED.name(),
                        ImportStatus.REJECTED.name())
                .query(String.class)
                .list();
    }

    /** Every stored file a job still needs. */
    java.util.Set<String> filesInUse() {
        return new java.util.HashSet<>(jdbc.sql("select stored_file from import_job where stored_file is not null")
                .query(String.class)
                .list());
    }

    void abandoned(String storedFile, String errorKey) {
        jdbc.sql("update import_job set status = ?, error_key = ?, stored_file = null, updated_at = ?"
                        + " where stored_file = ?")
                .params(ImportStatus.FAILED.name(), errorKey, now(), storedFile)
                .update();
    }

    private static ImportProblem problem(ResultSet rs, int row) throws SQLException {
        return new ImportProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(
                rs.getLong("id"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"),
                rs.getString("stored_file"),
                rs.getLong("file_size"),
                rs.getString("source_format"),
                rs.getString("sheet"),
                rs.getInt("header_row"),
                rs.getString("encoding"),
                rs.getString("separator_char").charAt(0),
                readHeaders(rs.getString("headers")),
                settings(rs.getString("settings"), rs.getString("mapping")),
                rs.getString("notices") == null ? List.of() : readHeaders(rs.getString("notices")),
                rs.getString("saved_mapping"),
                rs.getBoolean("apply_valid_only"),
                rs.getBoolean("complete_directory"),
                rs.getInt("progress"),
                rs.getInt("total_rows"),
                rs.getInt("valid_rows"),
                rs.getInt("invalid_rows"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                rs.getInt("left_count"),
                rs.getString("error_key"),
                rs.getString("error_detail"),
                rs.getString("started_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String writeHeaders(List<String> headers) {
        try (var out = new StringWriter();
                var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(headers);
            printer.flush();
            return out.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> readHeaders(String text) {
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            var headers = new ArrayList<String>();
            parser.iterator().next().forEach(headers::add);
            return List.copyOf(headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jobs from before the mapping screen's choices kept only their columns. */
    private static ImportSettings settings(String json, String legacyMapping) {
        return json != null ? ImportSettings.fromJson(json) : ImportSettings.of(readMapping(legacyMapping));
    }

    static Map<ImportField, String> readMapping(String text) {
        var mapping = new EnumMap<ImportField, String>(ImportField.class);
        if (text == null || text.isBlank()) {
            return mapping;
        }
        var entries = readHeaders(text);
        for (int i = 0; i + 1 < entries.size(); i += 2) {
            mapping.put(ImportField.valueOf(entries.get(i)), entries.get(i + 1));
        }
        return mapping;
    }
}
