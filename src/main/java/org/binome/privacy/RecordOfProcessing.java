package org.binome.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The record of processing (GDPR article 30) as configured: controller, DPO, data categories with their recipients and
 * retention, and the security measures. The information notice and the DPO page read it, so they never disagree with
 * what the retention job does.
 */
@Component
class RecordOfProcessing {

    /** A retention category: its configured duration ({@code binome.privacy.retention.<key>}) and its default. */
    record Retention(String key, Duration duration, Duration defaultDuration) {}

    /** Data categories of the record, each named by a message key suffix. */
    static final List<String> CATEGORIES = List.of(
            "identity",
            "skills",
            "applications",
            "mentorships",
            "training",
            "surveys",
            "communication",
            "account",
            "audit");

    static final List<String> MEASURES =
            List.of("access", "encryption", "hashing", "audit", "transport", "minimisation", "retention", "backups");

    private final MessageSource messages;
    // Read once: the configuration does not change while the application runs, and the application form shows the
    // notice on every view (reading and converting these properties each time was 3 % of its CPU).
    private final String configuredController;
    private final String dpoContact;
    private final List<Retention> retentions;
    private final Map<Locale, String> retentionTexts = new ConcurrentHashMap<>();

    RecordOfProcessing(Environment environment, MessageSource messages) {
        this.messages = messages;
        this.configuredController =
                environment.getProperty("binome.privacy.controller", "").strip();
        this.dpoContact = environment.getProperty("binome.privacy.dpo-contact", "dpo@example.org");
        this.retentions = List.of(
                retention(environment, "departed", Duration.ofDays(90)),
                retention(environment, "audit", Duration.ofDays(365)),
                retention(environment, "notifications", Duration.ofDays(365)),
                retention(environment, "mail", Duration.ofDays(90)));
    }

    /** The controller as configured, or "the employer that set up Binôme" in the reader's language. */
    String controller(Locale locale) {
        return controller(locale, "privacy.record.controllerDefault");
    }

    /** The controller as configured, or the text of {@code defaultKey} (the notice says "your employer"). */
    String controller(Locale locale, String defaultKey) {
        return configuredController.isEmpty() ? messages.getMessage(defaultKey, null, locale) : configuredController;
    }

    String dpoContact() {
        return dpoContact;
    }

    /** The retention durations, in the order of the notice. */
    List<Retention> retentions() {
        return retentions;
    }

    Retention retention(String key) {
        return retentions().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static Retention retention(Environment environment, String key, Duration defaultDuration) {
        var configured = environment.getProperty("binome.privacy.retention." + key, Duration.class, defaultDuration);
        return new Retention(key, configured, defaultDuration);
    }

    /** The retention paragraph of the notice: one line per category with its duration in days. */
    String retentionText(Locale locale) {
        var known = retentionTexts.get(locale);
        if (known != null) {
            return known;
        }
        var text = writeRetentionText(locale);
        if (retentionTexts.size() < 8) { // the few languages Binôme speaks; never a map any caller can grow
            retentionTexts.put(locale, text);
        }
        return text;
    }

    private String writeRetentionText(Locale locale) {
        var lines = new StringBuilder();
        lines.append("- ")
                .append(messages.getMessage("privacy.retention.active", null, locale))
                .append('\n');
        for (var retention : retentions()) {
            lines.append("- ")
                    .append(messages.getMessage(
                            "privacy.retention." + retention.key(),
                            new Object[] {retention.duration().toDays()},
                            locale))
                    .append('\n');
        }
        return lines.toString();
    }
}
