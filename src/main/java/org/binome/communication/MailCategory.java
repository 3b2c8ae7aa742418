package org.binome.communication;

import java.util.List;

/** The kinds of e-mail a person may turn off, named after the first segment of a template key. */
final class MailCategory {

    static final List<String> ALL = List.of(
            "application",
            "proposal",
            "session",
            "pair",
            "review",
            "reminder",
            "circle",
            "announcement",
            "digest",
            "survey",
            "other");

    /** Messages about the account itself (invitation, reset link, roles): always sent, nobody can turn them off. */
    static final String ACCOUNT = "account";
    /**
     * Categories whose body belongs to its recipients: a pair's or a circle's meeting place and video-meeting link.
     * The administrators' outbox shows their envelope (who, when, status), never their content.
     */
    static final java.util.Set<String> PRIVATE = java.util.Set.of("session", "circle", ACCOUNT);

    private MailCategory() {}

    static boolean isPrivate(String category) {
        return PRIVATE.contains(category);
    }

    static String of(String template) {
        var first = template.contains(".") ? template.substring(0, template.indexOf('.')) : template;
        if (ACCOUNT.equals(first)) {
            return ACCOUNT;
        }
        return ALL.contains(first) ? first : "other";
    }
}
