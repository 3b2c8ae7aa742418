package org.binome.programs;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One version of a programme's charter, never changed once written: applications point at it. */
@Table("charter_version")
class CharterVersion {

    @Id
    Long id;

    long programId;
    int number;
    String textFr;
    String textEn;
    Instant createdAt;
    String createdBy;

    static CharterVersion of(long programId, int number, String textFr, String textEn, Instant now, String by) {
        var version = new CharterVersion();
        version.programId = programId;
        version.number = number;
        version.textFr = textFr;
        version.textEn = textEn;
        version.createdAt = now;
        version.createdBy = by;
        return version;
    }

    CharterView view() {
        return new CharterView(programId, number, textFr, textEn, createdAt);
    }
}
