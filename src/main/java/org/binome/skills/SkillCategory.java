package org.binome.skills;

/** Reverse mentoring runs both ways: digital practices go up, know-how and experience come back. */
enum SkillCategory {
    /** Digital practices, typically passed on by the junior mentor. */
    DIGITAL,
    /** Business know-how and experience, typically shared back by the senior mentee. */
    KNOW_HOW
}
