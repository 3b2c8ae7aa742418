package org.binome.identity;

import java.util.List;

/**
 * Who an administrator invites: one person, a selection of employee numbers, a department, a site, or the eligible
 * audience of a programme.
 */
record InvitationAudience(Kind kind, String value, List<String> employeeNumbers) {

    enum Kind {
        PERSON,
        SELECTION,
        DEPARTMENT,
        SITE,
        PROGRAMME
    }

    /** What the job page and the history show. */
    String describe() {
        var text = kind.name() + ":" + (kind == Kind.SELECTION ? employeeNumbers.size() : value);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
