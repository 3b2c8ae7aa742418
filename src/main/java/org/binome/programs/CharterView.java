package org.binome.programs;

import java.time.Instant;
import java.util.Locale;

/** A version of a programme's charter, in French and English. */
public record CharterView(long programId, int number, String textFr, String textEn, Instant createdAt) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textFr;
    }
}
