/**
 * Privacy by design: the audit log (append-only, hash-chained), each person's data export and erasure, the consent
 * ledger, the information notice, retention and the record of processing.
 *
 * <p><b>How the other modules take part.</b> Privacy sits <em>below</em> the business modules: it depends on
 * {@code shared} only, and every module that holds personal data depends on privacy, never the other way round. A
 * module contributes its part of a person's export and erasure in one uniform way: one package-private bean
 * implementing the service provider interface {@link org.binome.privacy.PersonalData} (like identity's
 * {@code EmployeeDirectory}, implemented by people). It declares the tables it owns (personal or not, how each is
 * exported and erased), reads "everything this person wrote or owns" and anonymises it, in its own module and with
 * its own rules (mentorships ends a running pair cleanly and tells the partner before erasing). Modules report
 * audited actions through the {@link org.binome.privacy.AuditLog} facade and consents through
 * {@link org.binome.privacy.ConsentLedger}. We chose this direction rather than facades read by privacy because
 * privacy would then depend on every module while identity (sign-ins), people (imports, profile views), matching
 * (runs) and programmes (consents) would have to call privacy: a cycle. Sign-ins and their failures arrive as Spring
 * Security's own events, so privacy needs no identity type; pages read the signed-in person's employee number from the
 * principal by expression.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Privacy",
        allowedDependencies = {"shared"})
package org.binome.privacy;
