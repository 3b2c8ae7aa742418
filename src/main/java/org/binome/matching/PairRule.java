package org.binome.matching;

import java.util.Set;

/**
 * A hard constraint on a (mentor, mentee) pair. A pair that breaks one is never proposed, whatever its score; the
 * rule's key names the reason shown to the administrator.
 */
sealed interface PairRule {

    boolean allows(Candidate mentor, Candidate mentee);

    /** Message key explaining a refusal. */
    String reasonKey();

    /** Mentoring must stay free of hierarchy: neither person in the other's management chain. */
    record NoReportingLine(Hierarchy hierarchy) implements PairRule {
        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            return !hierarchy.inOneReportingLine(mentor.employeeNumber(), mentee.employeeNumber());
        }

        @Override
        public String reasonKey() {
            return "matching.rule.reportingLine";
        }
    }

    /** Two people under one manager are colleagues with stakes in common, not a free mentoring pair. */
    record NotUnderSameManager(Hierarchy hierarchy) implements PairRule {
        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            return !hierarchy.sameDirectManager(mentor.employeeNumber(), mentee.employeeNumber());
        }

        @Override
        public String reasonKey() {
            return "matching.rule.sameManager";
        }
    }

    /** Reverse mentoring: the mentor is the junior one. */
    record MentorIsJunior() implements PairRule {
        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            return mentor.seniorityYears() < mentee.seniorityYears();
        }

        @Override
        public String reasonKey() {
            return "matching.rule.mentorJunior";
        }
    }

    record SharedLanguage() implements PairRule {
        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            // A plain loop: this rule runs for every pair of a cohort (25 million for 5,000 × 5,000).
            for (var language : mentor.languages()) {
                if (mentee.languages().contains(language)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String reasonKey() {
            return "matching.rule.language";
        }
    }

    /** Nobody is paired with a person, or a department, they asked to avoid. */
    record NoAvoidWish() implements PairRule {
        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            return !mentor.avoidedPeople().contains(mentee.employeeNumber())
                    && !mentee.avoidedPeople().contains(mentor.employeeNumber())
                    && !mentor.avoidedDepartments().contains(mentee.department())
                    && !mentee.avoidedDepartments().contains(mentor.department());
        }

        @Override
        public String reasonKey() {
            return "matching.rule.avoid";
        }
    }

    /** Training completed when the programme requires it (the training module answers). */
    record TrainingCompleted(long programId, TrainingGate gate) implements PairRule {
        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            return gate.completed(programId, mentor.employeeNumber())
                    && gate.completed(programId, mentee.employeeNumber());
        }

        @Override
        public String reasonKey() {
            return "matching.rule.training";
        }
    }

    /** Two people already paired in this programme are not proposed again. */
    record NotAlreadyPaired(Set<String> existingPairs) implements PairRule {
        static String key(String mentor, String mentee) {
            return mentor + "→" + mentee;
        }

        @Override
        public boolean allows(Candidate mentor, Candidate mentee) {
            return !existingPairs.contains(key(mentor.employeeNumber(), mentee.employeeNumber()));
        }

        @Override
        public String reasonKey() {
            return "matching.rule.alreadyPaired";
        }
    }
}
