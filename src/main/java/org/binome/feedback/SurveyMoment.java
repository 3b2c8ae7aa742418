package org.binome.feedback;

/**
 * When in a programme a survey is sent: at enrolment (T0, when an application is accepted), after the first session
 * held by a pair, at the programme's mid-point review, at the end of the pair (or the programme's closing), six months
 * after that end; {@code MANUAL} surveys are sent by an administrator. The translated name is
 * {@code feedback.moment.<name>}.
 */
enum SurveyMoment {
    ENROLMENT,
    FIRST_SESSION,
    MID_POINT,
    END,
    SIX_MONTHS,
    MANUAL
}
