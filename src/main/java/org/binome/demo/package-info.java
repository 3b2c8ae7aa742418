/**
 * The demo company loaded on the embedded default: a fictional French company with a full reporting hierarchy and one
 * account per role, so that every screen shows something real on first start. Whether it loads is decided here only
 * ({@code DemoCompany}); it then publishes {@link org.binome.people.DemoCompanyLoaded} and each module seeds its own demo
 * data in a package-private listener, so no facade grows for the demo's sake.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo company")
package org.binome.demo;
