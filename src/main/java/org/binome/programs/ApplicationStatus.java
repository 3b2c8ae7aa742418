package org.binome.programs;

public enum ApplicationStatus {
    SUBMITTED,
    ACCEPTED,
    WAITLISTED,
    DECLINED,
    WITHDRAWN;

    /** The applicant may still change their application: nobody has reviewed it yet. */
    public boolean editableByApplicant() {
        return this == SUBMITTED;
    }
}
