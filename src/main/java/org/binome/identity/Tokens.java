package org.binome.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Single-use link tokens: 256 random bits, written in the link in base64url (43 characters) and stored only as their
 * SHA-256 digest, so that a copy of the database opens no account. Digests are compared in constant time.
 */
final class Tokens {

    static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text can be a token at all: the right length and alphabet (a truncated or mangled link is not). */
    static boolean wellFormed(String token) {
        return token != null && token.length() == LENGTH && token.chars().allMatch(Tokens::base64url);
    }

    static String digest(String value) {
        return DigestUtils.sha256Hex(value);
    }

    static boolean same(String digest, String otherDigest) {
        return MessageDigest.isEqual(
                digest.getBytes(StandardCharsets.US_ASCII), otherDigest.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean base64url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
