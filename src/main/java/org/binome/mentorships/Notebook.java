package org.binome.mentorships;

import java.time.Clock;
import org.binome.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes (private or shared) and reviews: written by members, read by their author or the pair only. */
@Component
class Notebook {

    private final NoteRepository notes;
    private final ReviewRepository reviews;
    private final PairFactsLoader reading;
    private final Clock clock;

    private final org.binome.privacy.NoteEncryption encryption;

    Notebook(
            NoteRepository notes,
            ReviewRepository reviews,
            PairFactsLoader reading,
            Clock clock,
            org.binome.privacy.NoteEncryption encryption) {
        this.encryption = encryption;
        this.notes = notes;
        this.reviews = reviews;
        this.reading = reading;
        this.clock = clock;
    }

    @Transactional
    Note write(Mentorship mentorship, String author, NoteForm form) {
        if (mentorship.status == MentorshipStatus.PROPOSED) {
            throw RuleViolation.conflict("mentorships.error.notActive");
        }
        // Notes are stored encrypted (AES-GCM, see privacy.NoteEncryption); only pages of their readers decrypt them.
        var note = Note.write(mentorship.id, author, Boolean.TRUE.equals(form.shared()), form.body(), clock.instant());
        note.body = encryption.encrypt(note.body);
        return notes.save(note);
    }

    /** Only the author deletes a note; another member's private note is out of reach (403, logged). */
    @Transactional
    void delete(Mentorship mentorship, long noteId, String by) {
        var note = MentorshipAccess.belonging(notes.findById(noteId), n -> n.mentorshipId, mentorship, "note", noteId);
        if (!note.author.equals(by)) {
            MentorshipAccess.refused("note " + noteId + " written by another member");
            throw RuleViolation.forbidden("mentorships.error.forbidden");
        }
        notes.delete(note);
    }

    @Transactional
    void review(Mentorship mentorship, ReviewKind kind, String author, ReviewForm form) {
        if (!ReviewPolicy.isOpen(reading.outline(mentorship), kind)) {
            throw RuleViolation.conflict("mentorships.review.error.closed");
        }
        var review = reviews.findByMentorshipIdAndKindAndAuthor(mentorship.id, kind, author)
                .orElseGet(Review::new);
        review.mentorshipId = mentorship.id;
        review.kind = kind;
        review.author = author;
        review.satisfaction = form.satisfaction();
        review.worked = Objective.blankToNull(form.worked());
        review.toImprove = Objective.blankToNull(form.toImprove());
        review.submittedAt = clock.instant();
        try {
            reviews.save(review);
        } catch (DataIntegrityViolationException e) {
            throw RuleViolation.conflict("mentorships.review.error.twice");
        }
    }

    java.util.Optional<Review> myReview(Mentorship mentorship, ReviewKind kind, String author) {
        return reviews.findByMentorshipIdAndKindAndAuthor(mentorship.id, kind, author);
    }
}
