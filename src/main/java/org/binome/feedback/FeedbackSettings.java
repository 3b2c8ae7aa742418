package org.binome.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code binome.feedback.*}: anonymity thresholds (never below 3: Binôme refuses to start otherwise), the pairing key
 * (HMAC key pairing one person's T0 and end answers; generated and kept in the database when empty), how many days a
 * survey stays open, and the days before closing when the last reminder goes.
 */
@ConfigurationProperties("binome.feedback")
record FeedbackSettings(
        @DefaultValue("5") int minGroupSize,
        @DefaultValue("10") int minComments,
        @DefaultValue("") String pairingKey,
        @DefaultValue("7") int firstReminderDays,
        @DefaultValue("2") int lastReminderDaysBeforeClosing) {

    static final int FLOOR = 3;

    FeedbackSettings {
        if (minGroupSize < FLOOR) {
            throw new IllegalStateException("binome.feedback.min-group-size is " + minGroupSize
                    + ": it may not be below " + FLOOR + ", or small groups of respondents could be recognised");
        }
        if (minComments < FLOOR) {
            throw new IllegalStateException("binome.feedback.min-comments is " + minComments + ": it may not be below "
                    + FLOOR + ", or a comment's author could be recognised");
        }
        if (pairingKey != null && !pairingKey.isBlank() && pairingKey.length() < 32) {
            throw new IllegalStateException(
                    "binome.feedback.pairing-key must hold at least 32 characters (e.g. openssl rand -base64 48)");
        }
    }

    SurveyFigures.Thresholds thresholds() {
        return new SurveyFigures.Thresholds(minGroupSize, minComments);
    }
}
