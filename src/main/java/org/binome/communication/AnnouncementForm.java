package org.binome.communication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * The announcement form, typed and checked by Bean Validation; what only the announcements themselves can tell (a body
 * with nothing left once sanitised) comes back as a refusal shown next to its field.
 */
record AnnouncementForm(
        @NotBlank @Size(max = Announcements.MAX_TITLE) String title,
        @Size(max = Announcements.MAX_BODY) String body,
        @NotNull Audience audience,
        @Positive Long programmeId,
        Boolean email,
        LocalDateTime publishAt) {

    static AnnouncementForm empty() {
        return new AnnouncementForm("", "", Audience.ALL_EMPLOYEES, null, Boolean.FALSE, null);
    }
}
