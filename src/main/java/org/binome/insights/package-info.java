/**
 * Insights: the impact dashboard (participation, engagement, retention against comparable colleagues, links across
 * departments, sites and generations) per programme and across programmes, its exports and the sponsor's one-page
 * report on screen and as PDF.
 *
 * <p>Every figure is computed from the public facades of people, programs and mentorships (their set-based {@code
 * *Records} reads) and feedback's {@code SurveyResults} (survey figures with feedback's own thresholds), kept up to date
 * by their events, so it never joins another module's tables. Its one table, {@code insights_change}, says what
 * changed so that every node sees another node's changes at its next view. Figures about fewer than
 * {@link org.binome.insights.Anonymity#MINIMUM_GROUP} people are hidden under every filter.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Insights",
        allowedDependencies = {"identity", "people", "programs", "mentorships", "feedback", "privacy", "shared"})
package org.binome.insights;
