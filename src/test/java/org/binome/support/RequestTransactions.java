package org.binome.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The transactions the server's request threads begin while a test sends requests, each as {@code "read-only
 * Class.method"} or {@code "read-write Class.method"} (a transaction joined by another is not begun again). Threads
 * other than the requests' (the demo company's background work, say) are left out.
 */
public final class RequestTransactions {

    /** What {@code requests} sends. */
    public interface Requests {
        void send() throws Exception;
    }

    private RequestTransactions() {}

    public static List<String> begunDuring(PlatformTransactionManager transactions, Requests requests)
            throws Exception {
        var manager = (AbstractPlatformTransactionManager) transactions;
        var before = new ArrayList<>(manager.getTransactionExecutionListeners());
        var begun = new CopyOnWriteArrayList<String>();
        var listeners = new ArrayList<>(before);
        listeners.add(new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                if (Thread.currentThread().getName().startsWith("http-nio")) {
                    var name = transaction.getTransactionName();
                    begun.add((transaction.isReadOnly() ? "read-only " : "read-write ")
                            + name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
                }
            }
        });
        manager.setTransactionExecutionListeners(listeners);
        try {
            requests.send();
        } finally {
            manager.setTransactionExecutionListeners(before);
        }
        return List.copyOf(begun);
    }
}
