package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.binome.feedback.Quotes;
import org.junit.jupiter.api.Test;

/** The report's quotes: up to two, only when feedback shows comments (at least 10 in the scope). */
class SponsorReportQuotesTests {

    @Test
    void fewerThanTenCommentsGiveNoQuote() {
        // What feedback answers under its threshold: hidden, no text.
        assertThat(SponsorReport.quotes(new Quotes(0, true, List.of()))).isEmpty();
        assertThat(SponsorReport.quotes(null))
                .as("no survey figures for this selection")
                .isEmpty();
    }

    @Test
    void enoughCommentsGiveTheTwoLongestThatFitOnThePage() {
        var texts = List.of(
                "Trop court",
                "Une session par mois suffit pour garder le fil.",
                "J’ai appris à préparer une visio sans stress et à partager mon écran.",
                "Mon mentor m’a montré comment les équipes plus jeunes utilisent la messagerie instantanée.",
                "x".repeat(241));

        assertThat(SponsorReport.quotes(new Quotes(12, false, texts)))
                .containsExactly(
                        "Mon mentor m’a montré comment les équipes plus jeunes utilisent la messagerie instantanée.",
                        "J’ai appris à préparer une visio sans stress et à partager mon écran.");
    }
}
