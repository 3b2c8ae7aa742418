package org.binome.insights;

/**
 * Figures about small groups are hidden: a figure shows only when its group has at least {@value #MINIMUM_GROUP}
 * people, and, under a filter, when the people it leaves out are none or at least {@value #MINIMUM_GROUP} too (so that
 * the unfiltered figure minus the filtered one never describes fewer people).
 */
final class Anonymity {

    static final int MINIMUM_GROUP = 5;

    private Anonymity() {}

    /** {@code selected} people under the filter out of {@code whole} without it. */
    static boolean shows(long selected, long whole) {
        long leftOut = whole - selected;
        return selected >= MINIMUM_GROUP && (leftOut == 0 || leftOut >= MINIMUM_GROUP);
    }
}
