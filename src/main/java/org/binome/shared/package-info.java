/**
 * What every module shares and nothing owns: the one way a domain rule refuses a request ({@link
 * org.binome.shared.RuleViolation}), the one way to write a CSV for spreadsheets ({@link
 * org.binome.shared.SpreadsheetCsv}) and the guard that keeps redirects inside Binôme ({@link
 * org.binome.shared.LocalPath}). It depends on no other module and holds no Spring bean; the web layer
 * ({@code shell}) turns a refusal into an answer.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.binome.shared;
