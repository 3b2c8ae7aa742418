package org.binome.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a kept dashboard body is kept under: the figures' very instances, the selection and the language. */
class DashboardBodiesTests {

    private static final List<String> DEPARTMENTS = List.of("Finance", "RH");
    private static final List<String> SITES = List.of("Lyon");

    @Test
    void theSameFiguresForTheSameSelectionAndLanguageFindTheBodyKept() {
        var d = dashboard();
        var one = selection();
        assertThat(key(d, one, false, Locale.FRENCH)).isEqualTo(key(d, selection(), false, Locale.FRENCH));
        assertThat(key(d, one, false, Locale.FRENCH)).hasSameHashCodeAs(key(d, selection(), false, Locale.FRENCH));
    }

    @Test
    void newFiguresEvenEqualOnesAnotherSelectionLanguageOrUpdatingStateRenderAgain() {
        var d = dashboard();
        var one = selection();
        var programme = ImpactDataset.programme();
        var everyProgramme = new ImpactReports.Selection(List.of(programme), null, List.of(programme), true);
        assertThat(key(d, one, false, Locale.FRENCH))
                .as("figures computed again are another instance, whatever they hold")
                .isNotEqualTo(key(dashboard(), one, false, Locale.FRENCH))
                .as("the programmes this person may choose from are in the filter bar")
                .isNotEqualTo(key(d, everyProgramme, false, Locale.FRENCH))
                .isNotEqualTo(key(d, one, false, Locale.ENGLISH))
                .as("the page says when newer figures are on their way")
                .isNotEqualTo(key(d, one, true, Locale.FRENCH))
                .as("the departments offered, read again")
                .isNotEqualTo(new DashboardBodies.Key(
                        d, null, false, one, new ArrayList<>(DEPARTMENTS), SITES, Locale.FRENCH));
    }

    private static Dashboard dashboard() {
        return new Dashboard(Filter.NONE, null, null, null, null, java.time.Instant.EPOCH);
    }

    private static ImpactReports.Selection selection() {
        var programme = ImpactDataset.programme();
        return new ImpactReports.Selection(List.of(programme), programme, List.of(programme), true);
    }

    private static DashboardBodies.Key key(
            Dashboard d, ImpactReports.Selection selection, boolean updating, Locale locale) {
        return new DashboardBodies.Key(d, null, updating, selection, DEPARTMENTS, SITES, locale);
    }
}
