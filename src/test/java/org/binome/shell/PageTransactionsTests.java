package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.binome.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * A participant's busiest pages read what they show in one read-only transaction: the home page, a pair's page and
 * a session's page each called several modules' facades, and each facade began, and committed, a transaction of its
 * own. On H2 and, tagged database, on PostgreSQL.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class PageTransactionsTests {

    @LocalServerPort
    int port;

    @Autowired
    PlatformTransactionManager transactions;

    private WebClient web;

    @BeforeEach
    void signIn() throws Exception {
        web = new WebClient(port);
        web.signIn("mentore", "binome-demo-2026");
    }

    @Test
    void theHomePageReadsInOneReadOnlyTransaction() throws Exception {
        assertThat(pageTransactions("/me")).containsExactly("read-only HomeController.participant");
    }

    @Test
    void aPairsPageReadsInOneReadOnlyTransaction() throws Exception {
        assertThat(pageTransactions("/mentorships/1")).containsExactly("read-only MentorshipController.detail");
    }

    @Test
    void aSessionsPageReadsInOneReadOnlyTransaction() throws Exception {
        var pair = web.get("/mentorships/1").body();
        var session = Pattern.compile("href=\"(/mentorships/1/sessions/\\d+)\"").matcher(pair);
        assertThat(session.find()).as("a session listed on the pair's page").isTrue();
        assertThat(pageTransactions(session.group(1))).containsExactly("read-only SessionController.session");
    }

    /**
     * The transactions begun while the page at {@code path} was served (shown once, to leave the ones a first view
     * makes aside), other than the sign-in checks every request makes before the page: read-only or not, and whose.
     */
    private List<String> pageTransactions(String path) throws Exception {
        assertThat(web.get(path).statusCode()).isEqualTo(200);
        var manager = (AbstractPlatformTransactionManager) transactions;
        var before = new ArrayList<>(manager.getTransactionExecutionListeners());
        var begun = new CopyOnWriteArrayList<String>();
        var listeners = new ArrayList<>(before);
        listeners.add(new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                // Only the requests' own threads: the demo company's background work runs meanwhile.
                if (Thread.currentThread().getName().startsWith("http-nio")) {
                    var name = transaction.getTransactionName();
                    begun.add((transaction.isReadOnly() ? "read-only " : "read-write ")
                            + name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
                }
            }
        });
        manager.setTransactionExecutionListeners(listeners);
        try {
            assertThat(web.get(path).statusCode()).isEqualTo(200);
        } finally {
            manager.setTransactionExecutionListeners(before);
        }
        return begun;
    }
}
