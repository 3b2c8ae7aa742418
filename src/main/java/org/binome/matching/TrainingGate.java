package org.binome.matching;

/**
 * Whether a volunteer has completed the training their programme requires before matching. The training module
 * provides the real answer; a programme that requires no training lets everyone through.
 */
public interface TrainingGate {

    boolean completed(long programId, String employeeNumber);

    TrainingGate NOT_REQUIRED = (programId, employeeNumber) -> true;
}
