package org.binome.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Service provider interface: what a module holds about one person, for the right of access and for erasure. Each
 * module that owns tables implements it once, as a package-private bean, and declares every table it owns in
 * {@link #tables()} (the catalogue test fails the build for a table nobody declared).
 *
 * <p>People are known by their employee number everywhere in Binôme.
 */
public interface PersonalData {

    /** Short name of the module, also the name of its section in an export ("mentorships"). */
    String module();

    /** Every table this module owns, personal or not, with how its rows are exported and erased. */
    List<Table> tables();

    /**
     * Everything this person wrote or owns here, as named parts of rows (column name to value). Never another
     * person's private content (their private notes, their help requests, what a circle said about someone else).
     */
    List<Part> export(String employeeNumber);

    /**
     * Why this person cannot be erased now without an explicit decision: message keys of this module's bundle, for
     * instance an active pair or circle. Empty when nothing stands in the way.
     */
    default List<String> obstacles(String employeeNumber) {
        return List.of();
    }

    /**
     * Removes or anonymises what this module holds about the person, in the caller's transaction. Rows that other
     * people or counts need stay, with {@code pseudonym} instead of the employee number and no identifying value;
     * the person's own private content goes. Obstacles were accepted by an administrator: end what is running first
     * (and tell the others involved).
     */
    void erase(String employeeNumber, String pseudonym);

    /**
     * Retention: the rows of this module in a retention category of the record of processing (for instance
     * "notifications") older than {@code cutoff}, counted when {@code dryRun}, deleted otherwise. Idempotent.
     */
    default long purge(String category, java.time.Instant cutoff, boolean dryRun) {
        return 0;
    }

    /** Retention: the people who left before {@code date} and are not erased yet (the directory answers). */
    default List<String> departedBefore(java.time.LocalDate date) {
        return List.of();
    }

    /**
     * Erasures run in ascending order; identity, which maps employee numbers to usernames that other modules store,
     * goes last.
     */
    default int erasureOrder() {
        return 0;
    }

    /** One named part of an export: rows of one kind ("notes", "sessions"). */
    record Part(String name, List<Map<String, Object>> rows) {

        /** A part read with one query: each row as column name to value. */
        public static Part query(
                org.springframework.jdbc.core.simple.JdbcClient jdbc, String name, String sql, Object... params) {
            return new Part(name, jdbc.sql(sql).params(params).query().listOfRows());
        }
    }

    /** How a table's rows about a person are treated. */
    enum Treatment {
        /** Holds no personal data (settings, catalogue, content of the organisation). */
        NOT_PERSONAL,
        /** Rows about the person are exported and deleted at erasure. */
        EXPORTED_AND_DELETED,
        /** Rows about the person are exported and kept with a pseudonym (counts and the others' history stay). */
        EXPORTED_AND_PSEUDONYMISED,
        /** Technical rows (digests, sessions, locks) that identify nobody directly; deleted at erasure or expiry. */
        TECHNICAL
    }

    /**
     * A table and its treatment. {@code personColumns}: the columns holding an employee number (or a username), which
     * the erasure test checks no longer hold the person's value.
     */
    record Table(String name, Treatment treatment, String why, List<String> personColumns) {

        public static Table notPersonal(String name, String why) {
            return new Table(name, Treatment.NOT_PERSONAL, why, List.of());
        }

        public static Table deleted(String name, String why, String... personColumns) {
            return new Table(name, Treatment.EXPORTED_AND_DELETED, why, Arrays.asList(personColumns));
        }

        public static Table pseudonymised(String name, String why, String... personColumns) {
            return new Table(name, Treatment.EXPORTED_AND_PSEUDONYMISED, why, Arrays.asList(personColumns));
        }

        public static Table technical(String name, String why, String... personColumns) {
            return new Table(name, Treatment.TECHNICAL, why, Arrays.asList(personColumns));
        }
    }
}
