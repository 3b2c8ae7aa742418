package org.binome.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA-256) that pairs one person's answers (T0 and end) and gives them a receipt for their own
 * answers, without storing who answered. The key is {@code binome.feedback.pairing-key}; when it is not set, a random
 * key is generated on first start and kept in {@code feedback_setting} (then whoever reads the database can recompute
 * the hashes: set the key in configuration to keep it out of the database).
 */
@Component
class PairingKey {

    private final byte[] key;

    PairingKey(FeedbackSettings settings, JdbcClient jdbc) {
        this.key = settings.pairingKey() == null || settings.pairingKey().isBlank()
                ? storedKey(jdbc)
                : settings.pairingKey().getBytes(StandardCharsets.UTF_8);
    }

    /** Pairs a person's answers within one programme. */
    String pairOf(long programId, String employeeNumber) {
        return hmac("pair|" + programId + "|" + employeeNumber);
    }

    /** Finds the answers given through one invitation, for its owner only. */
    String receiptOf(long invitationId, String employeeNumber) {
        return hmac("receipt|" + invitationId + "|" + employeeNumber);
    }

    private String hmac(String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] storedKey(JdbcClient jdbc) {
        var existing = jdbc.sql("select setting_value from feedback_setting where name = 'pairing-key'")
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return Base64.getDecoder().decode(existing.get());
        }
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        var encoded = Base64.getEncoder().encodeToString(fresh);
        try {
            jdbc.sql("insert into feedback_setting (name, setting_value) values ('pairing-key', :value)")
                    .param("value", encoded)
                    .update();
            return fresh;
        } catch (org.springframework.dao.DataIntegrityViolationException anotherNodeWasFirst) {
            return Base64.getDecoder()
                    .decode(jdbc.sql("select setting_value from feedback_setting where name = 'pairing-key'")
                            .query(String.class)
                            .single());
        }
    }
}
