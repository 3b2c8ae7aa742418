package org.binome.feedback;

/**
 * What a question measures, so that results read the same meaning whatever a survey's wording or version: the fit
 * after the first session, satisfaction, recommendation, DigComp level, the climate block, what was learned back…
 * {@code NONE} is a question whose answers only its author reads in aggregate exports.
 */
enum Measure {
    FIT,
    SESSION_RATING,
    SATISFACTION,
    RECOMMENDATION,
    DIGCOMP,
    CLIMATE,
    INTENT_TO_STAY,
    HOPES,
    FUNCTIONS,
    LEARNED_BACK,
    STILL_APPLY,
    COMMENT,
    NONE
}
