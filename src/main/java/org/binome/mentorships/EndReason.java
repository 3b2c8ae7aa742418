package org.binome.mentorships;

/** Why a mentorship ended early: categories that name a situation, never a fault. */
enum EndReason {
    SCHEDULES,
    NEEDS_MET,
    ROLE_CHANGE,
    LEAVING,
    NOT_A_MATCH,
    OTHER
}
