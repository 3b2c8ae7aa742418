package org.binome.privacy;

/**
 * A person withdrew an optional consent: the module that asked for it stops the processing (programmes withdraw the
 * application of {@code reference} {@code programme:<id>}).
 */
public record ConsentWithdrawn(String employeeNumber, ConsentLedger.Purpose purpose, String reference) {}
