package org.binome.identity;

import java.util.List;

/**
 * Who an administrator invites: one person, a selection of employee numbers, a department, a site, the eligible
 * audience of a programme, or every active person of the directory (a company's first day).
 */
record InvitationAudience(Kind kind, String value, List<String> employeeNumbers) {

    enum Kind {
        PERSON,
        SELECTION,
        DEPARTMENT,
        SITE,
        PROGRAMME,
        EVERYONE
    }

    /** What the job page and the history show. */
    String describe() {
        var text = kind == Kind.EVERYONE
                ? kind.name()
                : kind.name() + ":" + (kind == Kind.SELECTION ? employeeNumbers.size() : value);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
