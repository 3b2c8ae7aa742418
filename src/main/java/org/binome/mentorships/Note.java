package org.binome.mentorships;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A note: private (its author only) or shared with the pair. Never shown to administrators or sponsors. */
@Table("mentorship_note")
class Note {

    @Id
    Long id;

    long mentorshipId;
    String author;
    boolean shared;
    String body;
    Instant createdAt;

    @Version
    Integer version;

    static Note write(long mentorshipId, String author, boolean shared, String body, Instant now) {
        var note = new Note();
        note.mentorshipId = mentorshipId;
        note.author = author;
        note.shared = shared;
        note.body = body.strip();
        note.createdAt = now;
        return note;
    }

    boolean readableBy(String employeeNumber) {
        return shared || author.equals(employeeNumber);
    }
}
