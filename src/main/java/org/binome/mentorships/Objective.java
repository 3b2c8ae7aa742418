package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A shared objective of a pair: what, how we will know, by when, and how far we are. Its own aggregate so two members edit two objectives freely; the version catches two edits of one. */
@Table("mentorship_objective")
class Objective {

    @Id
    Long id;

    long mentorshipId;
    String title;
    String measure;
    LocalDate targetDate;
    ObjectiveProgress progress;
    String progressComment;
    String createdBy;
    Instant createdAt;
    String updatedBy;
    Instant updatedAt;

    @Version
    Integer version;

    static Objective write(long mentorshipId, ObjectiveForm form, String author, Instant now) {
        var objective = new Objective();
        objective.mentorshipId = mentorshipId;
        objective.progress = ObjectiveProgress.NOT_STARTED;
        objective.createdBy = author;
        objective.createdAt = now;
        objective.apply(form, author, now);
        return objective;
    }

    void apply(ObjectiveForm form, String author, Instant now) {
        title = form.title().strip();
        measure = blankToNull(form.measure());
        targetDate = form.targetDate();
        if (form.progress() != null) {
            progress = form.progress();
        }
        progressComment = blankToNull(form.progressComment());
        updatedBy = author;
        updatedAt = now;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
