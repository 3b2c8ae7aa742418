package org.binome.mentorships;

/** The two reviews each member answers: at mid-point and at the close. */
enum ReviewKind {
    MID_POINT,
    CLOSING
}
