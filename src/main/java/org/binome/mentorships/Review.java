package org.binome.mentorships;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One member's mid-point or closing review; its text is for its author only, administrators see counts. */
@Table("mentorship_review")
class Review {

    @Id
    Long id;

    long mentorshipId;
    ReviewKind kind;
    String author;
    int satisfaction;
    String worked;
    String toImprove;
    Instant submittedAt;

    @Version
    Integer version;
}
