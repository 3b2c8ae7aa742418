package org.binome.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The uploaded HR files, kept on disk between the steps of an import: readable by the server's user only, deleted once
 * the import is applied, refused, cancelled, or abandoned (left waiting longer than
 * {@code binome.import.abandon-after}); a daily job deletes the abandoned ones and any file no import refers to.
 */
@Component
class ImportFiles {

    private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final ImportJobs jobs;
    private final Path storage;
    private final DataSize maxSize;
    private final Duration abandonAfter;
    private final Clock clock;

    ImportFiles(
            ImportJobs jobs,
            @Value("${binome.import.directory:${java.io.tmpdir}/binome-import}") Path storage,
            @Value("${binome.import.max-size:60MB}") DataSize maxSize,
            @Value("${binome.import.abandon-after:PT24H}") Duration abandonAfter,
            Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.storage = storage;
        this.maxSize = maxSize;
        this.abandonAfter = abandonAfter;
    }

    DataSize maxSize() {
        return maxSize;
    }

    /** Streams the upload to a new owner-only file, refusing it beyond the size limit. */
    Path store(InputStream content) {
        try {
            createStorage();
            var file = storage.resolve(UUID.randomUUID() + ".upload");
            long limit = maxSize.toBytes();
            long written = 0;
            try (content;
                    var out = Files.newOutputStream(
                            Files.createFile(file, ownerOnly(OWNER_ONLY_FILE)), StandardOpenOption.WRITE)) {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = content.read(buffer)) > 0) {
                    written += read;
                    if (written > limit) {
                        out.close();
                        delete(file);
                        throw RuleViolation.invalid("import.error.tooLarge", maxSize.toMegabytes());
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The import no longer needs its file: it is deleted and the job forgets it. */
    void discard(ImportJob job) {
        if (job.storedFile() != null) {
            delete(Path.of(job.storedFile()));
            jobs.forgetFile(job.id());
        }
    }

    /**
     * Deletes the files of imports left waiting (the job then says the file was removed) and any file of the storage
     * directory that no import refers to and that is older than the same delay. Runs on one node at a time.
     */
    @Scheduled(cron = "${binome.import.cleanup-cron:0 15 * * * *}")
    @SchedulerLock(name = "hr-import-cleanup")
    void cleanUp() {
        int removed = removeAbandoned(clock.instant().minus(abandonAfter));
        if (removed > 0) {
            log.info("Removed {} abandoned HR import file(s)", removed);
        }
    }

    int removeAbandoned(Instant before) {
        int removed = 0;
        for (var stored : jobs.abandonedFiles(OffsetDateTime.ofInstant(before, ZoneOffset.UTC))) {
            delete(Path.of(stored));
            jobs.abandoned(stored, "import.error.abandoned");
            removed++;
        }
        if (!Files.isDirectory(storage)) {
            return removed;
        }
        var inUse = jobs.filesInUse();
        try (var files = Files.list(storage)) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (!inUse.contains(file.toString())
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    delete(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not list {}", storage, e);
        }
        return removed;
    }

    private void createStorage() throws IOException {
        if (!Files.isDirectory(storage)) {
            Files.createDirectories(storage, ownerOnly(OWNER_ONLY_DIRECTORY));
        }
        if (POSIX) {
            Files.setPosixFilePermissions(storage, OWNER_ONLY_DIRECTORY);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
