/**
 * Training: training paths per programme and role (ordered modules, quizzes graded on the server, completion), the
 * training gate matching asks before pairing, codevelopment circles of mentors with their guided six-step sessions,
 * and help requests from mentors to facilitators and administrators.
 *
 * <p>Other modules use the facade {@link org.binome.training.Training} and its records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Training",
        allowedDependencies = {"identity", "people", "programs", "communication", "matching", "shared", "privacy"})
package org.binome.training;
