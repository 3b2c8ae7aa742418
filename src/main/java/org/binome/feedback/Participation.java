package org.binome.feedback;

/**
 * How many people answered the survey of one moment in the scope.
 *
 * @param moment the moment
 * @param respondents answers received (0 when hidden)
 * @param hidden true under the threshold (or by complementary suppression)
 */
record Participation(SurveyMoment moment, int respondents, boolean hidden) {}
