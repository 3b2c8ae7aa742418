package org.binome.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The right of access and portability: everything Binôme holds about one person, gathered from every module. */
@Service
class PersonalDataExports {

    /** A person's data: module name to its parts. */
    record Export(String employeeNumber, Instant producedAt, Map<String, List<PersonalData.Part>> modules) {

        boolean isEmpty() {
            return modules.values().stream()
                    .allMatch(parts -> parts.stream().allMatch(p -> p.rows().isEmpty()));
        }
    }

    private final List<PersonalData> holders;
    private final AuditLog audit;
    private final ErasureRegister erasures;
    private final Clock clock;

    PersonalDataExports(List<PersonalData> holders, AuditLog audit, ErasureRegister erasures, Clock clock) {
        this.holders = holders;
        this.audit = audit;
        this.erasures = erasures;
        this.clock = clock;
    }

    /**
     * Gathers the export and records it in the audit log. {@code requestedBy}: the username of who asks (the person
     * or an administrator answering a request received by mail).
     */
    @Transactional
    Export of(String employeeNumber, String requestedBy, boolean byAdministrator) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            throw RuleViolation.notFound("privacy.person.unknown", "");
        }
        if (erasures.running(employeeNumber)) {
            throw RuleViolation.conflict("privacy.export.erasureRunning");
        }
        var export = gather(employeeNumber);
        if (byAdministrator && export.isEmpty()) {
            throw RuleViolation.notFound("privacy.person.unknown", employeeNumber);
        }
        audit.record(
                requestedBy,
                byAdministrator ? "PERSONAL_DATA_EXPORTED_BY_ADMIN" : "PERSONAL_DATA_EXPORTED",
                "personal-data",
                employeeNumber,
                null);
        return export;
    }

    /** The export without recording it (tests and the erasure check). */
    Export gather(String employeeNumber) {
        var modules = new LinkedHashMap<String, List<PersonalData.Part>>();
        holders.stream()
                .sorted(java.util.Comparator.comparing(PersonalData::module))
                .forEach(holder -> modules.put(
                        holder.module(),
                        holder.export(employeeNumber).stream()
                                .map(PersonalDataExports::readable)
                                .toList()));
        return new Export(employeeNumber, clock.instant(), modules);
    }

    /** Values as text a person and a JSON reader understand: ISO dates and times, no binary. */
    private static PersonalData.Part readable(PersonalData.Part part) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : part.rows()) {
            var copy = new LinkedHashMap<String, Object>();
            row.forEach((column, value) -> copy.put(column.toLowerCase(java.util.Locale.ROOT), readable(value)));
            rows.add(copy);
        }
        return new PersonalData.Part(part.name(), rows);
    }

    private static Object readable(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof byte[]) {
            return null;
        }
        return value;
    }
}
