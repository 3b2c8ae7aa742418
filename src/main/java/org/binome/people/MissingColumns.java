package org.binome.people;

import java.util.List;

/** Required fields the mapping leaves empty: no column, no full name to split, no constant. */
final class MissingColumns extends ImportRejected {
    private final transient List<ImportField> fields;

    MissingColumns(List<ImportField> fields) {
        super("import.error.missingColumns");
        this.fields = List.copyOf(fields);
    }

    List<ImportField> fields() {
        return fields;
    }
}
