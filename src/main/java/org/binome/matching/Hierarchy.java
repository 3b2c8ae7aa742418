package org.binome.matching;

/** Who reports to whom, as matching needs it: a pair must stay outside any reporting line. */
interface Hierarchy {

    /** Either person is in the other's management chain. */
    boolean inOneReportingLine(String a, String b);

    /** Both report to the same direct manager. */
    boolean sameDirectManager(String a, String b);

    /**
     * The person's managers, nearest first, when this hierarchy can tell; null otherwise. Lets whole-cohort matching
     * answer the two questions above with int arrays instead of one call per pair.
     */
    default java.util.List<String> chainOf(String person) {
        return null;
    }

    Hierarchy NONE = new Hierarchy() {
        @Override
        public boolean inOneReportingLine(String a, String b) {
            return false;
        }

        @Override
        public boolean sameDirectManager(String a, String b) {
            return false;
        }
    };
}
