package org.binome.identity;

/** What a person may do in Binôme. One account can hold several roles. */
public enum Role {
    /** Programme administrator (HR, programme manager). */
    ADMIN,
    /** Top management sponsor: reads dashboards, shows support. */
    SPONSOR,
    /** Employee taking part as mentor and/or mentee, per programme. */
    PARTICIPANT,
    /** Runs codevelopment circles for mentors. */
    FACILITATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
