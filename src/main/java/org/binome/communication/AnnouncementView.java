package org.binome.communication;

import java.time.Instant;

/** A published (or scheduled) announcement; {@code bodyHtml} is sanitised and safe to show as HTML. */
record AnnouncementView(
        long id,
        String title,
        String bodyHtml,
        Audience audience,
        Long programmeId,
        boolean email,
        Instant publishAt,
        boolean published,
        String author) {}
