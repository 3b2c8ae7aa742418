/**
 * What every module shares and nothing owns: the one way a domain rule refuses a request ({@link
 * org.binome.shared.RuleViolation}), the one iCalendar writer ({@link org.binome.shared.CalendarWriter}, on ical4j,
 * in the installation's time zone), the one way to write a CSV for spreadsheets ({@link
 * org.binome.shared.SpreadsheetCsv}) and the guard that keeps redirects inside Binôme ({@link
 * org.binome.shared.LocalPath}), the identity of a process of this host that background jobs record ({@link
 * org.binome.shared.LocalProcess}) and the one helper forms need beyond Spring's binder ({@link
 * org.binome.shared.FormErrors}), the one way to render part of a page to a string for keeping it ({@link
 * org.binome.shared.FragmentRendering}), the one place that says which database this is ({@link
 * org.binome.shared.Database}) and the one way the administrators' lists are paged ({@link
 * org.binome.shared.Paging}, shown by {@code shell/pager.html}). It depends on no other module; the web layer ({@code shell}) turns a refusal
 * into an answer. Its beans are the infrastructure every module's context needs: the message source made of every
 * module's bundles ({@code MessagesConfiguration}), the database naming rule ({@code PersistenceConfiguration}),
 * the fragment renderer and the templates' dialect ({@code BinomeDialect}: {@code bn:options}, {@code bn:choices} for {@link
 * org.binome.shared.Choices}, {@code bn:field} for the form fields of {@code shell/fields.html}, {@code bn:rows} for
 * the rows of the administrators' long tables that write their own markup ({@link org.binome.shared.HtmlRow} through
 * {@link org.binome.shared.Html}), and method calls
 * without SpEL's per-call
 * bookkeeping: {@code TemplateMethodCalls}).
 * {@code BinomeApplication} declares it a shared module ({@code @Modulithic(sharedModules = "shared")}), so an
 * {@code @ApplicationModuleTest} context gets these beans too. The time zone and the clock are beans of the application
 * ({@code binome.time-zone}): inject {@code java.time.ZoneId} and {@code java.time.Clock}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.binome.shared;
