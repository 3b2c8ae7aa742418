package org.binome.identity;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How Spring Session's JDBC store runs its work: in a transaction of its own, as Spring Session does by default,
 * except the reading of a request's session ({@link QuietSessions#findById}), which runs without one.
 *
 * <p>That read is one select of the session joined to its attributes, consistent on its own; in a transaction it was
 * three round trips to the database on every signed-in request (begin, select, commit) and a transaction's setting up
 * and ending on the node, about two transactions in five of all those the 2-node load test ran. An expired session
 * found by that read is deleted by one statement (its attributes go with it by the foreign key's cascade), also
 * whole on its own. Everything else the store does (saving a session and its attributes, deleting, listing a
 * person's sessions, the clean-up of expired ones) keeps its transaction.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionTemplate own;

    SessionTransactions(PlatformTransactionManager transactions) {
        own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code read}, a read of one session by its id, without a transaction. */
    static <T> T reading(Supplier<T> read) {
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return READING.get() == null ? own.execute(action) : action.doInTransaction(new SimpleTransactionStatus(false));
    }
}
