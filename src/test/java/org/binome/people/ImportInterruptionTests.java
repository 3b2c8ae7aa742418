package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.binome.shared.LocalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * After a kill -9 during an HR import, the node that comes back marks the job interrupted (its transaction was rolled
 * back: nothing of it applied); with several nodes on one database, an import another node is running is left alone.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag("database")
class ImportInterruptionTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeJobs() {
        if (!created.isEmpty()) {
            jdbc.sql("delete from import_job where id in (:ids)")
                    .param("ids", created)
                    .update();
        }
    }

    @Test
    void onlyTheJobsOfAStoppedProcessOfThisNodeAreMarkedInterrupted() {
        long killedHere = job(ImportStatus.IMPORTING, ImportJobs.NODE, "a-process-that-was-killed");
        long validatingKilled = job(ImportStatus.VALIDATING, ImportJobs.NODE, "a-process-that-was-killed");
        long fromBefore = job(ImportStatus.IMPORTING, null, null);
        long otherNode = job(ImportStatus.IMPORTING, "another-node", "its-process");
        long thisProcess = job(ImportStatus.IMPORTING, ImportJobs.NODE, ImportJobs.PROCESS);
        long finished = job(ImportStatus.DONE, ImportJobs.NODE, "a-process-that-was-killed");

        jobs.interrupted();

        assertThat(status(killedHere)).isEqualTo("FAILED");
        assertThat(errorKey(killedHere)).isEqualTo("import.error.interrupted");
        assertThat(status(validatingKilled)).isEqualTo("FAILED");
        assertThat(status(fromBefore)).isEqualTo("FAILED");
        assertThat(status(otherNode)).as("another node's import goes on").isEqualTo("IMPORTING");
        assertThat(status(thisProcess)).as("this process's own import goes on").isEqualTo("IMPORTING");
        assertThat(status(finished)).isEqualTo("DONE");
    }

    /**
     * Two nodes on one machine: when one comes back after a kill -9, an import the other is running (a live process
     * of this host, started for real here) goes on; once that process has stopped, its import is marked
     * interrupted. A recorded pid that now names a process started at another time (a reused pid) counts as stopped.
     */
    @Test
    void anImportAnotherLiveProcessOfThisHostRunsIsLeftAlone() throws Exception {
        var other = new ProcessBuilder("sleep", "300").start();
        try {
            var otherProcess = LocalProcess.of(other.toHandle());
            long othersImport = job(ImportStatus.IMPORTING, ImportJobs.NODE, otherProcess.id());
            long reusedPid = job(
                    ImportStatus.IMPORTING,
                    ImportJobs.NODE,
                    new LocalProcess(other.pid(), otherProcess.startedAt().minusSeconds(3600)).id());

            jobs.interrupted();

            assertThat(status(othersImport))
                    .as("the other live process's import goes on")
                    .isEqualTo("IMPORTING");
            assertThat(status(reusedPid)).as("a pid now naming another process").isEqualTo("FAILED");

            other.destroy();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            jobs.interrupted();

            assertThat(status(othersImport)).as("once that process has stopped").isEqualTo("FAILED");
            assertThat(errorKey(othersImport)).isEqualTo("import.error.interrupted");
        } finally {
            other.destroyForcibly();
        }
    }

    private long job(ImportStatus status, String node, String process) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("insert into import_job (status, file_name, encoding, separator_char, headers, created_at, updated_at,"
                        + " node, process) values (:status, 'hr.csv', 'UTF-8', ';', 'matricule', :now, :now, :node,"
                        + " :process)")
                .param("status", status.name())
                .param("now", now)
                .param("node", node)
                .param("process", process)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        created.add(id);
        return id;
    }

    private String status(long id) {
        return jdbc.sql("select status from import_job where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String errorKey(long id) {
        return jdbc.sql("select error_key from import_job where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
