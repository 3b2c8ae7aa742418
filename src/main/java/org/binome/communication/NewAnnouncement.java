package org.binome.communication;

import java.time.Instant;

/**
 * News an administrator publishes.
 *
 * @param body rich text (simple HTML); sanitised before it is stored, at most {@link Announcements#MAX_BODY}
 *     characters as written
 * @param programmeId the programme it is about, or null for the whole company
 * @param email whether to e-mail it to the audience when it is published
 * @param publishAt when it appears (and is e-mailed); null means now
 * @param author the author's username
 */
record NewAnnouncement(
        String title,
        String body,
        Audience audience,
        Long programmeId,
        boolean email,
        Instant publishAt,
        String author) {}
