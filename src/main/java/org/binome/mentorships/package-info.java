/**
 * Mentorships: pairs and groups once matched — kick-off (charter, expectations), shared objectives, sessions with
 * calendar invitations, the two-way learning log, private and shared notes, reviews and pair health.
 *
 * <p>Other modules use {@link org.binome.mentorships.Mentorships}, its view records and its past-tense events;
 * nudges for stalled pairs and due reviews reach communication as a {@code ReminderSource}. The
 * content a pair writes (objectives, logs, notes, reviews) is only ever shown to its members; administrators and
 * sponsors read dates, counts, statuses and progress.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mentorships",
        allowedDependencies = {"identity", "people", "programs", "matching", "communication", "shared", "privacy"})
package org.binome.mentorships;
