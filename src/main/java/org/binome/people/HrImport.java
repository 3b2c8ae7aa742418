package org.binome.people;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The HR import's steps: upload (CSV or Excel, a mapping proposed), the mapping screen's choices, a check of every
 * line in the background, then the changes applied in one transaction (so never half-applied, even if the server
 * stops). The file is read as a stream, twice at most per step; only employee numbers and manager links stay in memory.
 * The background steps run on Spring's task executor.
 */
@Service
class HrImport {

    private static final Logger log = LoggerFactory.getLogger(HrImport.class);

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportCheck check;
    private final DirectoryWriter writer;
    private final MappingProposals proposals;
    private final SavedMappings saved;
    private final TaskExecutor background;
    private final TransactionTemplate applying;
    private final TransactionTemplate separately;
    private final Departures departures;

    private final org.binome.privacy.AuditLog audit;
    private final org.binome.identity.Accounts accounts;

    HrImport(
            ImportJobs jobs,
            ImportFiles files,
            ImportCheck check,
            DirectoryWriter writer,
            MappingProposals proposals,
            SavedMappings saved,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            PlatformTransactionManager transactions,
            Departures departures,
            org.binome.privacy.AuditLog audit,
            org.binome.identity.Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
        this.jobs = jobs;
        this.files = files;
        this.check = check;
        this.writer = writer;
        this.proposals = proposals;
        this.saved = saved;
        this.background = background;
        this.applying = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.departures = departures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedJobs() {
        int interrupted = jobs.interrupted();
        if (interrupted > 0) {
            log.warn("{} HR import(s) were interrupted by a stop; nothing of them was applied", interrupted);
        }
    }

    DataSize maxSize() {
        return files.maxSize();
    }

    /**
     * Stores the upload (refusing it beyond the size limit), recognises a CSV or a workbook, and proposes a mapping:
     * the saved one named, or one whose columns the file has, or what the headers and values say.
     */
    ImportJob upload(String fileName, InputStream content, String startedBy, String savedMapping) {
        var file = files.store(content);
        try {
            var source = open(file, null);
            var proposal = proposals.propose(ImportSamples.read(source, ImportSamples.DETECTION_ROWS), savedMapping);
            long id = jobs.create(
                    fileName == null || fileName.isBlank() ? "import.csv" : fileName,
                    file,
                    Files.size(file),
                    source,
                    proposal.settings(),
                    proposal.savedMapping(),
                    startedBy);
            return jobs.find(id).orElseThrow();
        } catch (RuntimeException | java.io.IOException e) {
            ImportFiles.delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new java.io.UncheckedIOException((java.io.IOException) e);
        }
    }

    private static ImportSource open(Path file, String sheet) {
        return XlsxFile.isWorkbook(file) ? XlsxFile.inspect(file, sheet) : CsvFile.inspect(file);
    }

    /** Another sheet of the workbook: its header is found and a mapping proposed for it. */
    void chooseSheet(long id, String sheet) {
        var job = require(id, ImportStatus.MAPPING);
        if (!job.workbook() || job.storedFile() == null) {
            throw RuleViolation.conflict("import.error.wrongStep");
        }
        var source = XlsxFile.inspect(Path.of(job.storedFile()), sheet);
        var settings = proposals.recognise(ImportSamples.read(source, ImportSamples.DETECTION_ROWS));
        jobs.sheetChosen(id, source, settings);
    }

    /** The first rows of the file, to detect formats and fill the value tables on the mapping screen. */
    ImportSamples samples(ImportJob job) {
        if (job.storedFile() == null) {
            return new ImportSamples(job.headers(), List.of());
        }
        return ImportSamples.read(job.source(), ImportSamples.DETECTION_ROWS);
    }

    /**
     * Keeps the administrator's choices (remembered for next time, and saved under a name if given), then checks every
     * line in the background.
     */
    void map(long id, ImportSettings settings, String saveAs) {
        var job = require(id, ImportStatus.MAPPING, ImportStatus.VALIDATED, ImportStatus.REJECTED);
        checkSettings(job, settings);
        if (saveAs != null && saveAs.strip().length() > SavedMappings.MAX_NAME) {
            throw RuleViolation.invalid("import.error.mappingName", SavedMappings.MAX_NAME);
        }
        var name = saveAs == null || saveAs.isBlank() ? job.savedMapping() : saveAs.strip();
        saved.remember(settings);
        if (saveAs != null && !saveAs.isBlank()) {
            saved.save(name, settings);
        }
        jobs.mapped(id, settings, name);
        background.execute(() -> validate(id));
    }

    /** Applies the checked file in the background. */
    void start(long id, boolean applyValidOnly, boolean completeDirectory) {
        require(id, ImportStatus.VALIDATED, ImportStatus.REJECTED);
        jobs.options(id, applyValidOnly, completeDirectory);
        background.execute(() -> apply(id));
    }

    /** The administrator gives up on this file: it is deleted at once. */
    void cancel(long id) {
        var job = require(id, ImportStatus.MAPPING, ImportStatus.VALIDATED, ImportStatus.REJECTED);
        files.discard(job);
        jobs.failed(id, "import.error.cancelled", null);
    }

    /** The API's way: upload, the proposed (or named saved) mapping, check and apply, all before answering. */
    ImportJob importNow(
            String fileName,
            InputStream content,
            boolean applyValidOnly,
            boolean completeDirectory,
            String by,
            String savedMapping) {
        var job = upload(fileName, content, by, savedMapping);
        try {
            checkSettings(job, job.settings());
        } catch (RuleViolation e) {
            files.discard(job);
            jobs.failed(job.id(), e.key(), null);
            throw e;
        }
        jobs.mapped(job.id(), job.settings(), job.savedMapping());
        jobs.options(job.id(), applyValidOnly, completeDirectory);
        apply(job.id());
        var done = jobs.find(job.id()).orElseThrow();
        if (done.status() == ImportStatus.FAILED) {
            throw done.errorDetail() == null
                    ? RuleViolation.invalid(done.errorKey())
                    : RuleViolation.invalid(done.errorKey(), done.errorDetail());
        }
        return done;
    }

    ImportJob importNow(
            String fileName, InputStream content, boolean applyValidOnly, boolean completeDirectory, String by) {
        return importNow(fileName, content, applyValidOnly, completeDirectory, by, null);
    }

    // --- the background steps -------------------------------------------------------------------------------------

    void validate(long id) {
        var job = jobs.find(id).orElseThrow();
        try {
            var checked = check.check(job, percent -> progress(id, percent));
            jobs.checked(id, ImportStatus.VALIDATED, checked.total(), checked.valid(), checked.invalid());
        } catch (RuleViolation e) {
            jobs.failed(id, e.key(), detail(e));
            files.discard(job);
        } catch (RuntimeException e) {
            log.error("HR import {} could not be checked", id, e);
            jobs.failed(id, "import.error.unexpected", null);
            files.discard(job);
        }
    }

    void apply(long id) {
        var job = jobs.find(id).orElseThrow();
        try {
            var checked = check.check(job, percent -> progress(id, percent / 2));
            if (checked.invalid() > 0 && !job.applyValidOnly() || checked.valid() == 0) {
                jobs.checked(id, ImportStatus.REJECTED, checked.total(), checked.valid(), checked.invalid());
                return;
            }
            var counts = applying.execute(status -> {
                var gone = departures.alreadyGone();
                var written = writer.write(job, checked, percent -> progress(id, 50 + percent / 2));
                departures.announceSince(gone);
                accounts.directoryChanged();
                jobs.checked(id, ImportStatus.IMPORTING, checked.total(), checked.valid(), checked.invalid());
                jobs.applied(id, written[0], written[1], written[2], written[3]);
                audit.record(
                        job.startedBy(),
                        "HR_IMPORT_APPLIED",
                        "import:" + id,
                        null,
                        "created " + written[0] + ", updated " + written[1] + ", unchanged " + written[2] + ", left "
                                + written[3]);
                return written;
            });
            writer.refreshStatistics(counts[0] + counts[1] + counts[3]);
            files.discard(job);
        } catch (RuleViolation e) {
            jobs.failed(id, e.key(), detail(e));
            files.discard(job);
        } catch (RuntimeException e) {
            log.error("HR import {} failed; nothing was applied", id, e);
            jobs.failed(id, "import.error.unexpected", null);
            files.discard(job);
        }
    }

    private void progress(long id, int percent) {
        separately.executeWithoutResult(status -> jobs.progress(id, percent));
    }

    // --- rules of the mapping -------------------------------------------------------------------------------------

    /** Every required field filled, no column used twice, a usable e-mail pattern, a short enough name. */
    static void checkSettings(ImportJob job, ImportSettings settings) {
        var missing = settings.missing(job.headers());
        if (!missing.isEmpty()) {
            throw RuleViolation.invalid("import.error.missingColumns", missing);
        }
        if (settings.columnUsedTwice()) {
            throw RuleViolation.invalid("import.error.sameColumnTwice");
        }
        var pattern = settings.emailPattern();
        if (pattern != null
                && (!pattern.contains("@") || !(pattern.contains("{first}") || pattern.contains("{last}")))) {
            throw RuleViolation.invalid("import.error.emailPattern", pattern);
        }
    }

    private ImportJob require(long id, ImportStatus... allowed) {
        var job = jobs.find(id).orElseThrow(() -> RuleViolation.notFound("import.error.noSuchJob"));
        if (!List.of(allowed).contains(job.status())) {
            throw RuleViolation.conflict("import.error.wrongStep");
        }
        return job;
    }

    private static String detail(RuleViolation e) {
        return e.arguments().length == 0 ? null : String.valueOf(e.arguments()[0]);
    }
}
