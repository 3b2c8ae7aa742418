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
 * #KEPT}.
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
