/**
 * The UI shell: layout, language, home pages per role, error pages and date formatting shared by every page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.binome.shell;
