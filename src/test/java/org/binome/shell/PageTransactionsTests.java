package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.binome.support.RequestTransactions;
import org.binome.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

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
     * The transactions begun while the page at {@code path} was served (shown once before, to leave the ones a first
     * view makes aside).
     */
    private List<String> pageTransactions(String path) throws Exception {
        assertThat(web.get(path).statusCode()).isEqualTo(200);
        return RequestTransactions.begunDuring(
                transactions, () -> assertThat(web.get(path).statusCode()).isEqualTo(200));
    }
}
