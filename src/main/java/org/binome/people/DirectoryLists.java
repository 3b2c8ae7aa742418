package org.binome.people;

import java.time.Duration;
import java.util.List;
import org.binome.shared.KeptReads;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's departments and sites, as the filters of many pages offer them, kept a short while: each list is a
 * {@code select distinct} over every person (25-40 ms of database time at 100,000 people) that every view of the
 * directory and of several administration pages ran. A person saved or deleted through the application, or an import
 * written, drops both lists at once on the node that made it; a change made on another node shows within {@link
 * #KEPT}.
 */
@Component
class DirectoryLists {

    /** How long a list is kept without a change seen by this node. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final KeptReads<String, List<String>> kept = new KeptReads<>(KEPT);
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

    /** The directory changed (an import is written): the lists are read again. */
    void changed() {
        kept.changed();
    }

    /** A person saved or deleted through their repository. */
    @EventListener
    void personChanged(AbstractRelationalEvent<?> event) {
        if (event.getType() == Person.class) {
            kept.changed();
        }
    }
}
