package org.binome.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names folded for search: lower case, accents removed ("Lefèvre" and "lefevre" are found alike). */
final class SearchKeys {

    private SearchKeys() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        var lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            // most names: nothing to decompose (the HR import folds two names per line)
            return lower;
        }
        lower = lower.replace("œ", "oe").replace("æ", "ae");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The smallest key after every key starting with {@code prefix} ("ler" → "les"), so that a prefix search is the
     * index range [prefix, next). Only letters and digits end the prefix, which sort alike in every collation.
     */
    static String next(String prefix) {
        var chars = prefix.toCharArray();
        for (int i = chars.length - 1; i >= 0; i--) {
            char c = chars[i];
            if (c >= 'a' && c < 'z' || c >= '0' && c < '9') {
                chars[i] = (char) (c + 1);
                return new String(chars, 0, i + 1);
            }
            if (c == '9') {
                chars[i] = 'a';
                return new String(chars, 0, i + 1);
            }
        }
        return null;
    }
}
