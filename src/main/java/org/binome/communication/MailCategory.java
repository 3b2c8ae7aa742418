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
            "other");

    /** Messages about the account itself (invitation, reset link, roles): always sent, nobody can turn them off. */
    static final String ACCOUNT = "account";

    private MailCategory() {}

    static String of(String template) {
        var first = template.contains(".") ? template.substring(0, template.indexOf('.')) : template;
        if (ACCOUNT.equals(first)) {
            return ACCOUNT;
        }
        return ALL.contains(first) ? first : "other";
    }
}
