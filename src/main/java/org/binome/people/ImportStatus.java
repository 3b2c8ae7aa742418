package org.binome.people;

/** Where an HR import stands; the administrator can leave the page at any point and come back. */
enum ImportStatus {
    /** Uploaded; the administrator confirms which column is which. */
    MAPPING,
    /** Every line is being checked in the background. */
    VALIDATING,
    /** Checked: the preview and the problems are ready, nothing applied yet. */
    VALIDATED,
    /** Being applied in the background, in one transaction. */
    IMPORTING,
    /** Applied. */
    DONE,
    /** Not applied: some lines are invalid and the administrator did not choose to apply only the valid ones. */
    REJECTED,
    /** Not applied: the file could not be read, or the import was interrupted. */
    FAILED;

    public boolean running() {
        return this == VALIDATING || this == IMPORTING;
    }

    public boolean finished() {
        return this == DONE || this == REJECTED || this == FAILED;
    }
}
