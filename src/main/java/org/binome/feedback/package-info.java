/**
 * Feedback: surveys at the moments of a programme (enrolment, first session, mid-point, end, six months after), their
 * builder and versions, sending and reminders, answering, the participant's own before/after, and aggregated results
 * behind anonymity thresholds.
 *
 * <p>Other modules read results only through {@link org.binome.feedback.SurveyResults} and its records: aggregated
 * figures with their respondent count, hidden below the thresholds. No individual answer ever leaves the module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Feedback",
        allowedDependencies = {"identity", "people", "programs", "mentorships", "communication", "privacy", "shared"})
package org.binome.feedback;
