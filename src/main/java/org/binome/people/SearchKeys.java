package org.binome.people;

import java.text.Normalizer;
import java.util.Locale;

/** Names folded for search: lower case, accents removed ("Lefèvre" and "lefevre" are found alike). */
final class SearchKeys {

    private SearchKeys() {}

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        var lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
