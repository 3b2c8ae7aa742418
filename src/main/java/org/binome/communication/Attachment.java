package org.binome.communication;

import java.util.Arrays;
import java.util.Objects;

/** A file sent with an e-mail, for example a calendar invitation ({@code .ics}). */
public record Attachment(String name, String contentType, byte[] content) {

    /** Attachments larger than this are refused: e-mail is no file transfer. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Attachment {
        if (name == null || name.isBlank() || name.length() > 200 || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("An attachment needs a plain file name of at most 200 characters");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a content type");
        }
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment may not exceed " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    /** A calendar invitation, as produced by ical4j for instance. */
    public static Attachment calendar(String name, byte[] ics) {
        return new Attachment(name, "text/calendar; charset=UTF-8; method=REQUEST", ics);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && name.equals(that.name)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
