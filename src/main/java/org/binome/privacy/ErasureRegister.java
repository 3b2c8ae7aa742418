package org.binome.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The erasures begun and done. The "running" mark is committed on its own before the erasure starts, so that an export
 * asked meanwhile (from another request or node) is refused instead of reading half-erased data.
 */
@Component
class ErasureRegister {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separately;

    ErasureRegister(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean running(String employeeNumber) {
        return jdbc.sql("select count(*) from privacy_erasure where employee_number = ? and status = 'RUNNING'")
                        .param(employeeNumber)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The pseudonym of a finished erasure of this employee number, if any. */
    Optional<String> erasedAs(String employeeNumber) {
        return jdbc.sql("select pseudonym from privacy_erasure where number_digest = ? and status = 'DONE'")
                .param(AuditChain.sha256("erasure:" + employeeNumber))
                .query(String.class)
                .optional();
    }

    /** Marks the erasure running (committed at once); false if one is already running for this person. */
    boolean begin(String employeeNumber, String pseudonym, String reason, String requestedBy) {
        return Boolean.TRUE.equals(separately.execute(status -> {
            if (running(employeeNumber)) {
                return false;
            }
            jdbc.sql("insert into privacy_erasure (employee_number, number_digest, pseudonym, status, reason,"
                            + " requested_by, started_at) values (?, ?, ?, 'RUNNING', ?, ?, ?)")
                    .params(
                            employeeNumber,
                            AuditChain.sha256("erasure:" + employeeNumber),
                            pseudonym,
                            reason,
                            requestedBy == null ? "system" : requestedBy,
                            Timestamp.from(clock.instant()))
                    .update();
            return true;
        }));
    }

    /** In the erasure's transaction: the person's number goes, the digest and pseudonym stay. */
    void finish(String pseudonym) {
        jdbc.sql("update privacy_erasure set status = 'DONE', employee_number = null, finished_at = ?"
                        + " where pseudonym = ?")
                .params(Timestamp.from(clock.instant()), pseudonym)
                .update();
    }

    /** After a failed erasure: nothing was changed, the mark goes. */
    void abandon(String pseudonym) {
        separately.executeWithoutResult(
                status -> jdbc.sql("delete from privacy_erasure where pseudonym = ? and status = 'RUNNING'")
                        .param(pseudonym)
                        .update());
    }

    /** Pseudonymises the "requested by" of erasures this person asked for as an administrator. */
    void pseudonymiseRequester(String username, String pseudonym) {
        jdbc.sql("update privacy_erasure set requested_by = ? where requested_by = ?")
                .params(pseudonym, username)
                .update();
    }
}
