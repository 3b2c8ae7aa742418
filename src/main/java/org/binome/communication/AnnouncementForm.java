package org.binome.communication;

/** The announcement form as typed: checked and converted by {@link AnnouncementController}. */
record AnnouncementForm(
        String title, String body, String audience, String programmeId, Boolean email, String publishAt) {

    static AnnouncementForm empty() {
        return new AnnouncementForm("", "", Audience.ALL_EMPLOYEES.name(), "", Boolean.FALSE, "");
    }
}
