package org.binome.privacy;

import java.util.HexFormat;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The one definition of the audit chain's rows: how an entry is read from {@code audit_log}, how actor and subject
 * are salted and digested, and how each row's hash chains it to the one before. {@link AuditLog} appends, verifies,
 * purges and pseudonymises through it, so a row is hashed the same way wherever it is written or checked.
 */
final class AuditChain {

    /** The previous hash of the very first row. */
    static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u0000";

    private AuditChain() {}

    /** A value is vouched for by its salted digest, or, once erased, by being the pseudonym of a recorded erasure. */
    static boolean vouched(String salt, String value, String digest, java.util.Set<String> pseudonyms) {
        if (salt != null) {
            return digest(salt, value).equals(digest);
        }
        return value != null && pseudonyms.contains(value);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static String salt() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String digest(String salt, String value) {
        return sha256(salt + SEPARATOR + orNull(value));
    }

    static final String COLUMNS = "seq, at, actor, action, target, subject, detail, actor_salt, actor_digest,"
            + " subject_salt, subject_digest, previous_hash, hash";

    static AuditLog.Entry entry(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new AuditLog.Entry(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13));
    }

    static String hash(AuditLog.Entry e) {
        var content = new StringBuilder(e.previousHash())
                .append(SEPARATOR)
                .append(e.seq())
                .append(SEPARATOR)
                .append(e.at().toEpochMilli())
                .append(SEPARATOR)
                .append(e.actorDigest())
                .append(SEPARATOR)
                .append(e.subjectDigest())
                .append(SEPARATOR)
                .append(orNull(e.action()))
                .append(SEPARATOR)
                .append(orNull(e.target()))
                .append(SEPARATOR)
                .append(orNull(e.detail()));
        return sha256(content.toString());
    }

    static String sha256(String text) {
        return DigestUtils.sha256Hex(text);
    }

    static String orNull(String value) {
        return value == null ? NULL : value;
    }
}
