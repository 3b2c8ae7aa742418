package org.binome.people;

/**
 * Why one line of an HR file cannot be applied: the reason is a key of the people messages
 * ({@code import.reason.<reason>}), the detail its argument (a line number, the ids of a cycle…).
 */
record ImportProblem(long line, String column, String value, String reason, String detail) {

    static final int MAX_VALUE = 300;

    ImportProblem {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE - 1) + "…";
        }
        if (detail != null && detail.length() > 500) {
            detail = detail.substring(0, 499) + "…";
        }
    }
}
