package org.binome.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encryption at rest of private content (mentorship notes): AES-256-GCM, a fresh 96-bit nonce per value, stored as
 * {@code enc:v1:<key id>:<base64(nonce + ciphertext + tag)>} so that each value names the key that encrypted it.
 *
 * <p>Keys: {@code binome.privacy.notes-key} (base64, 32 bytes) with its id {@code binome.privacy.notes-key-id}
 * ({@code k1}); older keys stay readable as {@code binome.privacy.notes-old-keys.<id>=<base64>}. Rotation: configure the
 * new key and id, move the old key under {@code notes-old-keys}, restart; the daily re-encryption job (or the
 * administrator's button) rewrites every value under the new key; then the old key may go.
 *
 * <p>Without a configured key: on the embedded H2 database Binôme generates one in {@code binome.privacy.notes-key-file}
 * ({@code ./data/notes.key}, readable by the server's user only; back it up with the database), and on an in-memory
 * database keeps one in memory. On any other database (PostgreSQL, several nodes) it refuses to start: a generated key
 * would differ per node, and a key stored in the database would protect nothing.
 */
@Component
public class NoteEncryption {

    private static final Logger log = LoggerFactory.getLogger(NoteEncryption.class);
    private static final String PREFIX = "enc:v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public NoteEncryption(Environment environment) {
        var configured = environment.getProperty("binome.privacy.notes-key", "").strip();
        currentId = environment.getProperty("binome.privacy.notes-key-id", "k1").strip();
        if (!currentId.matches("[A-Za-z0-9_-]{1,20}")) {
            throw invalid("binome.privacy.notes-key-id", currentId, "it must be 1 to 20 letters, digits, - or _.");
        }
        byte[] current;
        if (!configured.isEmpty()) {
            current = decode("binome.privacy.notes-key", configured);
        } else {
            current = generatedKey(environment);
        }
        keys.put(currentId, new SecretKeySpec(current, "AES"));
        var old = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind(
                        "binome.privacy.notes-old-keys",
                        org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        old.forEach((id, value) -> {
            if (!id.equals(currentId)) {
                keys.put(id, new SecretKeySpec(decode("binome.privacy.notes-old-keys." + id, value), "AES"));
            }
        });
    }

    /** The stored form of a text: encrypted under the current key. */
    public String encrypt(String text) {
        if (text == null) {
            return null;
        }
        try {
            var nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            var out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt", e);
        }
    }

    /**
     * The text of a stored value. Values written before encryption existed are returned as they are (the re-encryption
     * job encrypts them). A value under an unknown key or altered fails loudly rather than showing garbage.
     */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        var rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        var id = rest.substring(0, colon);
        var key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("A note is encrypted with key '" + id + "', which is not configured:"
                    + " add it as binome.privacy.notes-old-keys." + id);
        }
        try {
            var in = Base64.getDecoder().decode(rest.substring(colon + 1));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored note could not be decrypted (altered, or wrong key '" + id + "')", e);
        }
    }

    /** Whether a stored value should be rewritten: plain text, or encrypted under another key than the current one. */
    public boolean needsReencryption(String stored) {
        return stored != null && !stored.startsWith(PREFIX + currentId + ":");
    }

    /** The key id of a stored value (null for plain text). */
    static String keyIdOf(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return null;
        }
        var rest = stored.substring(PREFIX.length());
        return rest.substring(0, rest.indexOf(':'));
    }

    String currentKeyId() {
        return currentId;
    }

    private static byte[] decode(String property, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(
                    property, "(hidden)", "it is not valid base64 (generate a key with: openssl rand -base64 32).");
        }
        if (key.length != 32) {
            throw invalid(
                    property,
                    "(hidden)",
                    "it must be 32 bytes (256 bits) once decoded; it has " + key.length
                            + " (generate a key with: openssl rand -base64 32).");
        }
        return key;
    }

    /**
     * A configuration mistake stops the start with Spring Boot's "APPLICATION FAILED TO START" report naming the
     * property and what it needs, instead of a stack trace whose reason is at its very end. A key's value is never
     * shown.
     */
    private static InvalidConfigurationPropertyValueException invalid(String property, String value, String reason) {
        return new InvalidConfigurationPropertyValueException(property, value, reason);
    }

    private static byte[] generatedKey(Environment environment) {
        var url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:mem:")) {
            var key = new byte[32];
            RANDOM.nextBytes(key);
            return key;
        }
        if (!url.startsWith("jdbc:h2:")) {
            throw invalid(
                    "binome.privacy.notes-key",
                    "",
                    "it is not set. Private notes are encrypted at rest and, outside the embedded H2 database, the"
                            + " key must be configured: set BINOME_PRIVACY_NOTES_KEY (binome.privacy.notes-key) to a"
                            + " base64 key of 32 bytes, the same on every node, generated once with: openssl rand"
                            + " -base64 32. Keep it with the database's backups: notes cannot be read without it."
                            + " See README, Privacy.");
        }
        var file = Path.of(environment.getProperty("binome.privacy.notes-key-file", "./data/notes.key"));
        try {
            if (Files.exists(file)) {
                return decode(file.toString(), Files.readString(file, StandardCharsets.US_ASCII));
            }
            var key = new byte[32];
            RANDOM.nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply.
            }
            log.warn(
                    "Private notes: no binome.privacy.notes-key configured; generated one in {}. Back it up with the"
                            + " database: notes cannot be read without it.",
                    file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or create the notes key file " + file, e);
        }
    }
}
