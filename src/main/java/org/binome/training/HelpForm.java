package org.binome.training;

/** A participant's help request form. */
record HelpForm(Long programId, String addressee, String message) {}
