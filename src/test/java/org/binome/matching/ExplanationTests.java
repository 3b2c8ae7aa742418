package org.binome.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ExplanationTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    {
        messages.setBasename("messages/matching");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    private final Candidate claire = new Candidate(
            "ML1",
            "Claire Petit",
            "Marketing",
            "Paris",
            2,
            Set.of("fr"),
            Map.of("genai", 3),
            Map.of("negotiation", 2),
            Set.of(),
            Candidate.Modality.BOTH,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            1);
    private final Candidate alain = new Candidate(
            "ML2",
            "Alain Morel",
            "Production",
            "Paris",
            30,
            Set.of("fr"),
            Map.of("negotiation", 4),
            Map.of("genai", 3),
            Set.of(),
            Candidate.Modality.BOTH,
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            1);

    @Test
    void explainsWhatGoesEachWayAndThePracticalFitInFrench() {
        var sentence = explain(Locale.FRENCH);

        assertThat(sentence)
                .isEqualTo("Claire peut transmettre « IA générative » (niveau 3) qu’Alain souhaite apprendre en"
                        + " priorité ; Alain partage en retour « Négociation » ; même site ; disponibilités communes ;"
                        + " directions différentes ; aucun lien hiérarchique.");
    }

    @Test
    void explainsInEnglishForAnEnglishReader() {
        assertThat(explain(Locale.ENGLISH))
                .startsWith("Claire can pass on “IA générative” (level 3), which Alain wants to learn first; Alain"
                        + " shares “Négociation” back; same site")
                .endsWith("no reporting line between them.");
    }

    @Test
    void frenchElidesBeforeAVowel() {
        assertThat(Explanation.that("Alain", Locale.FRENCH)).isEqualTo("qu’Alain");
        assertThat(Explanation.that("Émilie", Locale.FRENCH)).isEqualTo("qu’Émilie");
        assertThat(Explanation.that("Bernard", Locale.FRENCH)).isEqualTo("que Bernard");
        assertThat(Explanation.that("Alain", Locale.ENGLISH)).isEqualTo("Alain");
    }

    private String explain(Locale locale) {
        var components = new double[ScoreComponent.values().length];
        new Compatibility(MatchingWeights.defaults()).score(claire, alain, components);
        var names = Map.of("genai", "IA générative", "negotiation", "Négociation");
        return Explanation.of(claire, alain, components, names::get, messages, locale);
    }
}
