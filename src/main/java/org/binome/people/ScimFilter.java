package org.binome.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.RuleViolation;

/**
 * The SCIM filters identity providers send (RFC 7644 §3.4.2.2): comparisons {@code attribute op "value"} joined by
 * {@code and}, e.g. {@code userName eq "ines.benali@example.com"} (Okta, Entra ID), {@code externalId eq "…"},
 * {@code emails[type eq "work"].value eq "…"}, {@code displayName eq "…"} for groups. Operators eq, ne, co, sw, ew
 * and pr. Anything else is refused as {@code invalidFilter} with the reason, rather than half understood.
 */
record ScimFilter(List<Comparison> comparisons) {

    record Comparison(String attribute, String operator, String value) {

        boolean matches(String actual) {
            if (operator.equals("pr")) {
                return actual != null && !actual.isEmpty();
            }
            if (actual == null) {
                return operator.equals("ne");
            }
            var a = actual.toLowerCase(Locale.ROOT);
            var v = value.toLowerCase(Locale.ROOT);
            return switch (operator) {
                case "eq" -> a.equals(v);
                case "ne" -> !a.equals(v);
                case "co" -> a.contains(v);
                case "sw" -> a.startsWith(v);
                case "ew" -> a.endsWith(v);
                default -> false;
            };
        }
    }

    private static final List<String> OPERATORS = List.of("eq", "ne", "co", "sw", "ew", "pr");

    static ScimFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return new ScimFilter(List.of());
        }
        var comparisons = new ArrayList<Comparison>();
        var rest = text.strip();
        while (true) {
            int space = attributeEnd(rest);
            if (space <= 0) {
                throw invalid(text);
            }
            var attribute = rest.substring(0, space);
            rest = rest.substring(space + 1).stripLeading();
            int opEnd = rest.indexOf(' ');
            var operator = (opEnd < 0 ? rest : rest.substring(0, opEnd)).toLowerCase(Locale.ROOT);
            if (!OPERATORS.contains(operator) || !attribute.matches("[A-Za-z0-9:._\\-\\[\\]\" ]+")) {
                throw invalid(text);
            }
            String value = null;
            if (operator.equals("pr")) {
                rest = opEnd < 0 ? "" : rest.substring(opEnd + 1).stripLeading();
            } else {
                if (opEnd < 0) {
                    throw invalid(text);
                }
                rest = rest.substring(opEnd + 1).stripLeading();
                if (rest.startsWith("\"")) {
                    var end = new StringBuilder();
                    int i = 1;
                    for (; i < rest.length() && rest.charAt(i) != '"'; i++) {
                        char c = rest.charAt(i);
                        if (c == '\\' && i + 1 < rest.length()) {
                            c = rest.charAt(++i);
                        }
                        end.append(c);
                    }
                    if (i >= rest.length()) {
                        throw invalid(text);
                    }
                    value = end.toString();
                    rest = rest.substring(i + 1).stripLeading();
                } else {
                    int valueEnd = rest.indexOf(' ');
                    value = valueEnd < 0 ? rest : rest.substring(0, valueEnd);
                    if (!value.matches("true|false|null|-?[0-9.]+")) {
                        throw invalid(text);
                    }
                    rest = valueEnd < 0 ? "" : rest.substring(valueEnd + 1).stripLeading();
                }
            }
            comparisons.add(new Comparison(attribute, operator, value));
            if (rest.isEmpty()) {
                return new ScimFilter(List.copyOf(comparisons));
            }
            if (!rest.regionMatches(true, 0, "and ", 0, 4)) {
                throw invalid(text);
            }
            rest = rest.substring(4).stripLeading();
        }
    }

    /** Where the attribute ends: at the first space outside a value filter such as {@code emails[type eq "work"]}. */
    private static int attributeEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ' ' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static RuleViolation invalid(String text) {
        return RuleViolation.invalid("scim.error.invalidFilter", text);
    }
}
