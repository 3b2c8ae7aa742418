package org.binome.people;

import java.time.Duration;
import java.util.List;
import org.binome.shared.KeptReads;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's departments and sites, as the filters of many pages offer them, and the administrator home's counts
 * of active people, departments and sites, kept a short while: each is a scan over every person (25-40 ms of database
 * time for a list at 100,000 people, up to 160 ms for the counts) that every view of the directory, of several
 * administration pages and of the administrator home ran. A person saved or deleted through the application, or an import
 * written, drops both lists at once on the node that made it; a change made on another node shows within {@link
 * #KEPT}. The directory's facade reads them without a transaction of its own: nearly always the kept list is
 * returned, and a read is one statement.
 */
@Component
class DirectoryLists {

    /** How long a list is kept without a change seen by this node. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final KeptReads<String, List<String>> kept = new KeptReads<>(KEPT);
    private final KeptReads<String, DirectorySummary> summary = new KeptReads<>(KEPT);
    private final JdbcClient jdbc;

    DirectoryLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every department of the directory (whatever the people's status), in order. */
    List<String> departments() {
        return kept.get(
                "department",
                () -> jdbc.sql("select distinct department from person order by department")
                        .query(String.class)
                        .list());
    }

    /** Every site of the directory (whatever the people's status), in order. */
    List<String> sites() {
        return kept.get(
                "site",
                () -> jdbc.sql("select distinct site from person order by site")
                        .query(String.class)
                        .list());
    }

    /** The departments of the active people, in order. */
    List<String> activeDepartments() {
        return kept.get(
                "active-department",
                () -> jdbc.sql("select distinct department from person where status = 'ACTIVE' order by department")
                        .query(String.class)
                        .list());
    }

    /** The generations of the active people ({@link Bands}), each once. */
    List<String> activeGenerations() {
        return kept.get(
                "active-generation",
                () -> jdbc
                        .sql("select distinct birth_year from person where status = 'ACTIVE'")
                        .query((rs, i) -> Bands.generation(rs.getObject(1, Integer.class)))
                        .list()
                        .stream()
                        .distinct()
                        .toList());
    }

    /** The seniority bands of the active people on this day ({@link Bands}), each once. */
    List<String> activeSeniorities(java.time.LocalDate today) {
        return kept.get(
                "active-seniority-" + today,
                () -> jdbc
                        .sql("select distinct career_start_year, cast(extract(year from hire_date) as integer)"
                                + " from person where status = 'ACTIVE'")
                        .query((rs, i) -> {
                            var hireYear = rs.getObject(2, Integer.class);
                            // a band counts the years since the career start or, unknown, since the hire year
                            return Bands.seniority(
                                    rs.getObject(1, Integer.class),
                                    hireYear == null ? null : java.time.LocalDate.of(hireYear, 1, 1),
                                    today);
                        })
                        .list()
                        .stream()
                        .distinct()
                        .toList());
    }

    /** How many active people, departments and sites the directory has. */
    DirectorySummary summary() {
        return summary.get(
                "summary",
                () -> jdbc.sql("""
                                select count(*) as active_people,
                                       count(distinct department) as departments,
                                       count(distinct site) as sites
                                  from person where status = 'ACTIVE'
                                """)
                        .query((rs, i) -> new DirectorySummary(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                        .single());
    }

    /** The directory changed (an import is written, a departure recorded): the lists and counts are read again. */
    void changed() {
        kept.changed();
        summary.changed();
    }

    /** A person saved or deleted through their repository. */
    @EventListener
    void personChanged(AbstractRelationalEvent<?> event) {
        if (event.getType() == Person.class) {
            changed();
        }
    }
}
