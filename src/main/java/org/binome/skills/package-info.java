/**
 * Skills: the catalogue of skills and know-how to pass on, what each person offers (with a level) and wants to learn
 * (with a priority), and the supply/demand map built from them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Skills")
package org.binome.skills;
