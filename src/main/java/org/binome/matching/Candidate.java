package org.binome.matching;

import java.util.Map;
import java.util.Set;

/**
 * A volunteer as matching sees them, gathered from the directory, the skills and their application. Plain data, so
 * that scoring and constraints can be tested without a database.
 */
record Candidate(
        String employeeNumber,
        String displayName,
        String department,
        String site,
        int seniorityYears,
        Set<String> languages,
        Map<String, Integer> offered,
        Map<String, Integer> wanted,
        Set<String> availability,
        Modality modality,
        Set<String> wishedPeople,
        Set<String> avoidedPeople,
        Set<String> wishedDepartments,
        Set<String> avoidedDepartments,
        int capacity) {

    enum Modality {
        IN_PERSON,
        REMOTE,
        BOTH;

        boolean acceptsRemote() {
            return this != IN_PERSON;
        }
    }
}
