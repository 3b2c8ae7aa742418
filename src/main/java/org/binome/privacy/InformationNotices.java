package org.binome.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.binome.shared.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information notice (GDPR articles 13–14), versioned: administrators publish a new version in French and English;
 * every version stays, so that the one each person acknowledged can be shown again. Until an administrator publishes
 * one, version 1 is Binôme's default text for a French employer.
 */
@Service
public class InformationNotices {

    /** One version of the notice. */
    public record Notice(int version, String textFr, String textEn, Instant publishedAt, String publishedBy) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textFr;
        }
    }

    /** A heading or a paragraph or a list item of the rendered notice (plain text: no markup is interpreted). */
    public record Block(String kind, String text, List<String> items) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecordOfProcessing record;
    private final ConsentLedger ledger;

    InformationNotices(JdbcClient jdbc, Clock clock, RecordOfProcessing record, ConsentLedger ledger) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.record = record;
        this.ledger = ledger;
    }

    /**
     * Records that the person read this version of the notice (the version shown to them, even if a newer one was
     * published meanwhile). {@code channel}: where ("application-form", "notice-page").
     */
    @Transactional
    public void acknowledge(String employeeNumber, int version, String channel) {
        if (version(version).isEmpty()) {
            throw RuleViolation.invalid("privacy.notice.unknownVersion", version);
        }
        if (acknowledgedVersion(employeeNumber).filter(v -> v == version).isPresent()) {
            return;
        }
        ledger.given(employeeNumber, ConsentLedger.Purpose.NOTICE, "notice", String.valueOf(version), channel, false);
    }

    /** The version in force (the default text is published as version 1 the first time it is needed). */
    @Transactional
    public Notice current() {
        return latest().orElseGet(() -> {
            jdbc.sql("insert into privacy_notice (version, text_fr, text_en, published_at, published_by)"
                            + " select 1, ?, ?, ?, 'system'"
                            + " where not exists (select 1 from privacy_notice)")
                    .params(defaultText("fr"), defaultText("en"), Timestamp.from(clock.instant()))
                    .update();
            return latest().orElseThrow();
        });
    }

    @Transactional(readOnly = true)
    Optional<Notice> version(int version) {
        return jdbc.sql("select version, text_fr, text_en, published_at, published_by from privacy_notice"
                        + " where version = ?")
                .param(version)
                .query(InformationNotices::notice)
                .optional();
    }

    @Transactional(readOnly = true)
    List<Notice> versions() {
        return jdbc.sql("select version, text_fr, text_en, published_at, published_by from privacy_notice"
                        + " order by version desc")
                .query(InformationNotices::notice)
                .list();
    }

    /**
     * Publishes a new version. {@code basedOn}: the version the administrator edited; if someone published in between,
     * the edit is refused rather than silently replacing theirs.
     */
    @Transactional
    Notice publish(String textFr, String textEn, int basedOn, String by) {
        var current = current();
        if (current.version() != basedOn) {
            throw RuleViolation.conflict("privacy.notice.changedMeanwhile", current.version());
        }
        jdbc.sql("insert into privacy_notice (version, text_fr, text_en, published_at, published_by)"
                        + " values (?, ?, ?, ?, ?)")
                .params(current.version() + 1, textFr.strip(), textEn.strip(), Timestamp.from(clock.instant()), by)
                .update();
        return version(current.version() + 1).orElseThrow();
    }

    /** The version this person last acknowledged, if any. */
    @Transactional(readOnly = true)
    Optional<Integer> acknowledgedVersion(String employeeNumber) {
        return ledger.of(employeeNumber).stream()
                .filter(c -> c.purpose() == ConsentLedger.Purpose.NOTICE)
                .map(c -> Integer.valueOf(c.textVersion()))
                .findFirst();
    }

    /** The notice as headings, paragraphs and list items, with the configured company, DPO and retention filled in. */
    public List<Block> render(Notice notice, Locale locale) {
        var text = notice.text(locale)
                .replace("{company}", record.controller(locale, "privacy.notice.controllerDefault"))
                .replace("{dpo}", record.dpoContact())
                .replace("{retention}", record.retentionText(locale));
        var blocks = new ArrayList<Block>();
        for (var line : text.split("\\R")) {
            var trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("## ")) {
                blocks.add(new Block("heading", trimmed.substring(3), List.of()));
            } else if (trimmed.startsWith("- ")) {
                var last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (last != null && last.kind().equals("list")) {
                    last.items().add(trimmed.substring(2));
                } else {
                    var items = new ArrayList<String>();
                    items.add(trimmed.substring(2));
                    blocks.add(new Block("list", null, items));
                }
            } else {
                blocks.add(new Block("paragraph", trimmed, List.of()));
            }
        }
        return blocks;
    }

    static String defaultText(String language) {
        try (var in = new ClassPathResource("privacy/notice_" + language + ".txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("privacy/notice_" + language + ".txt is missing", e);
        }
    }

    private static Notice notice(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Notice(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5));
    }

    private Optional<Notice> latest() {
        return jdbc.sql("select version, text_fr, text_en, published_at, published_by from privacy_notice"
                        + " order by version desc limit 1")
                .query(InformationNotices::notice)
                .optional();
    }
}
