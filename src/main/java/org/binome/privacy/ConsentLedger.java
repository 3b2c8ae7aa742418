package org.binome.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: every consent, charter acceptance and notice acknowledgement, with the exact version of the text,
 * the time and the channel (the page or flow where it was given). Withdrawals are dated; nothing is deleted except at
 * erasure. Modules record through {@link #given}; people see and withdraw theirs at {@code /privacy/me}.
 */
@Service
public class ConsentLedger {

    /** What was agreed to. */
    public enum Purpose {
        /** The information notice was shown and acknowledged (information, not consent: not withdrawable). */
        NOTICE,
        /** Consent to the processing of an application's data for matching (optional: withdrawing withdraws). */
        PROGRAMME_APPLICATION,
        /** A programme charter accepted at application or at kick-off (a commitment, not withdrawable here). */
        CHARTER
    }

    /** One line of the ledger. */
    record Consent(
            long id,
            Purpose purpose,
            String reference,
            String textVersion,
            String channel,
            boolean optional,
            Instant givenAt,
            Instant withdrawnAt) {

        public boolean withdrawable() {
            return optional && withdrawnAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConsentLedger(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records a consent. {@code reference}: what it is about (e.g. {@code programme:12}); {@code textVersion}: the
     * version of the exact text shown; {@code channel}: where it was given (e.g. {@code application-form}).
     */
    @Transactional
    public void given(
            String employeeNumber,
            Purpose purpose,
            String reference,
            String textVersion,
            String channel,
            boolean optional) {
        jdbc.sql("insert into privacy_consent (employee_number, purpose, reference, text_version, channel,"
                        + " optional_consent, given_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        employeeNumber,
                        purpose.name(),
                        reference,
                        textVersion,
                        channel,
                        optional,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** A person's ledger, newest first. */
    @Transactional(readOnly = true)
    List<Consent> of(String employeeNumber) {
        return jdbc.sql("select id, purpose, reference, text_version, channel, optional_consent, given_at, withdrawn_at"
                        + " from privacy_consent where employee_number = ? order by given_at desc, id desc")
                .param(employeeNumber)
                .query((rs, i) -> new Consent(
                        rs.getLong(1),
                        Purpose.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Records the withdrawal of one of the person's own optional consents and tells the module concerned. */
    @Transactional
    void withdraw(String employeeNumber, long consentId) {
        var consent = of(employeeNumber).stream()
                .filter(c -> c.id() == consentId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("privacy.consent.unknown", consentId));
        if (!consent.optional()) {
            throw RuleViolation.forbidden("privacy.consent.required");
        }
        if (consent.withdrawnAt() != null) {
            throw RuleViolation.conflict("privacy.consent.alreadyWithdrawn");
        }
        jdbc.sql("update privacy_consent set withdrawn_at = ?, version = version + 1 where id = ? and version >= 0")
                .params(Timestamp.from(clock.instant()), consentId)
                .update();
        events.publishEvent(new ConsentWithdrawn(employeeNumber, consent.purpose(), consent.reference()));
    }
}
