package org.binome.feedback;

/** One saved version of a survey: its number and its content, questions with their ids. */
record SurveyVersion(long id, long surveyId, int number, SurveyDraft content) {}
