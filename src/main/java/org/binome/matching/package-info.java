/**
 * Matching: compatibility scores, hard constraints and the assignment engine ({@code matching.engine}, plain Java),
 * and the matching workflow of a programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.binome.matching;
