/**
 * Matching: compatibility scores, hard constraints and the matching workflow of a programme (runs, proposals, answers,
 * groups, suggestions). The assignment engine is an internal package of this module, {@code matching.engine}: plain
 * Java without Spring or a database (checked by {@code ArchitectureTests}), not a module of its own.
 *
 * <p>Other modules use {@link org.binome.matching.Matching} and its past-tense events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.binome.matching;
