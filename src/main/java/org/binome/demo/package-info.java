/**
 * The demo company loaded on the embedded default (profile {@code demo}): a fictional French company with a full
 * reporting hierarchy and one account per role, so that every screen shows something real on first start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo company")
package org.binome.demo;
