/**
 * Operations: what an operator needs to see that the installation is healthy and fast. Per-route request figures
 * (Micrometer's {@code http.server.requests} with its 95th percentile, and the number of SQL statements each request
 * ran), slow SQL statements logged above {@code binome.operations.slow-query-threshold}, and the administrators' page
 * {@code /admin/operations}: requests per second, p95 per route, the e-mail outbox backlog and the last runs of the
 * scheduled jobs. Nothing here is used by other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.binome.operations;
