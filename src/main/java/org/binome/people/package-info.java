/** People: the employee directory, the HR import and reporting lines. */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.binome.people;
