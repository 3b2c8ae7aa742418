package org.binome.people;

import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * Waits for an HR import job to leave its running states. The job runs on Spring's task executor, started by the
 * upload or the mapping step the test already made: there is no event to wait for, so this waits on the job's state
 * with Awaitility (what Modulith's {@code Scenario} uses underneath) instead of a sleep loop.
 */
final class ImportJobsFinished {

    private ImportJobsFinished() {}

    static ImportJob await(ImportJobs jobs, long id) {
        return Awaitility.await("import " + id + " to finish")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.find(id).orElseThrow(), job -> !job.status().running());
    }
}
