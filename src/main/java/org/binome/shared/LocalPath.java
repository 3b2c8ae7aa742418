package org.binome.shared;

import java.util.regex.Pattern;

/**
 * A redirect target that stays inside Binôme: an absolute path such as {@code /mentorships/12}, never a URL to
 * another site. {@code //evil.example} and {@code /\evil.example} are protocol-relative URLs for browsers, so they are
 * refused as well as schemes, control characters and encoded slashes or backslashes.
 */
public final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~!$&'()*+,;=:@%?#-]*");
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%(2f|5c|0d|0a|09|00)");

    private LocalPath() {}

    public static boolean isLocal(String path) {
        return path != null
                && path.length() <= 2000
                && SAFE.matcher(path).matches()
                && !ENCODED_SEPARATOR.matcher(path).find();
    }

    /** The path when it is local, else the fallback. */
    public static String orElse(String path, String fallback) {
        return isLocal(path) ? path : fallback;
    }
}
