package org.binome.feedback;

/**
 * An answer to a survey was stored. It names the survey and the programme only: never the person, their invitation
 * or what they answered, so that a listener learns no more than the aggregated results already show.
 */
public record SurveyAnswered(long surveyId, long programId) {}
