package org.binome.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named placeholders, values written the reader's way, and records that refuse malformed notifications. */
class TextsTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void placeholdersAreFilledByNameAndDatesAreWrittenInTheReadersLanguage() {
        var when = ZonedDateTime.of(2026, 12, 3, 9, 5, 0, 0, PARIS);
        var params = Map.<String, Object>of("partner", "Inès", "date", when, "count", 1234567);

        assertThat(Texts.fill("k", "{partner}, le {date} ; {count} vues", params, Locale.FRENCH, PARIS))
                .isEqualTo("Inès, le jeudi 3 décembre 2026 à 09h05 ; 1\u202f234\u202f567 vues");
        assertThat(Texts.fill("k", "{partner} on {date}", params, Locale.ENGLISH, PARIS))
                .isEqualTo("Inès on Thursday, December 3, 2026 at 9:05 AM");
        assertThat(Texts.format(LocalDate.of(2026, 1, 2), Locale.FRENCH, PARIS)).isEqualTo("vendredi 2 janvier 2026");
    }

    @Test
    void aMissingValueIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> Texts.fill(
                        "session.planned", "Le {date} avec {partner}", Map.of("date", "x"), Locale.FRENCH, PARIS))
                .isInstanceOf(MissingTemplateValueException.class)
                .hasMessageContaining("session.planned")
                .hasMessageContaining("{partner}");
        var withNull = new HashMap<String, Object>();
        withNull.put("partner", null);
        assertThatThrownBy(() -> Texts.fill("k", "{partner}", withNull, Locale.FRENCH, PARIS))
                .isInstanceOf(MissingTemplateValueException.class);
    }

    @Test
    void valuesThatLookLikePlaceholdersOrRegexAreInsertedAsTheyAre() {
        assertThat(Texts.fill("k", "{a}", Map.of("a", "$1 {b} \\"), Locale.FRENCH, PARIS))
                .isEqualTo("$1 {b} \\");
    }

    @Test
    void malformedNotificationsAreRefusedWhenBuilt() {
        assertThatThrownBy(() -> Notification.of("", "session.planned", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.of("E-TEXTS-1", "Session Planned", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.of("E-TEXTS-1", "session.planned", Map.of())
                        .withLink("https://evil.example/phish"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notification.of("E-TEXTS-1", "session.planned", Map.of())
                        .withLink("//evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attachment("../x.ics", "text/calendar", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reminder.of("E-TEXTS-1", "reminder.objectives", Map.of(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Notification.of("E-TEXTS-1", "session.planned", Map.of()).category())
                .isEqualTo("session");
        assertThat(MailCategory.of("unknown.thing")).isEqualTo("other");
    }

    @Test
    void addressesAreCheckedBeforeAnythingIsSent() {
        assertThat(List.of("ines.benali@example.org", "a+b@sub.example.fr")).allMatch(Postman::valid);
        assertThat(List.of("not an address@", "a@b@c", "x@", "Inès <ines@example.org>", "a@example.org, b@example.org"))
                .noneMatch(Postman::valid);
    }

    @Test
    void richTextKeepsFormattingAndDropsEverythingActive() {
        var clean = RichText.sanitise("<h2>Titre</h2><p style=\"color:red\" onmouseover=\"x()\">Un <em>texte</em></p>"
                + "<iframe src=\"https://evil.example\"></iframe><ul><li>un</li><li>deux</li></ul>");

        assertThat(clean).isEqualTo("<h2>Titre</h2><p>Un <em>texte</em></p><ul><li>un</li><li>deux</li></ul>");
        assertThat(RichText.text(clean)).isEqualTo("Titre\n\nUn texte\n\nun\n\ndeux");
    }
}
