package org.binome.communication;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which e-mail categories each person turned off. Everyone receives every category until they choose otherwise. */
@Component
class MailPreferences {

    private final JdbcClient jdbc;

    MailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Set<String> turnedOff(String username) {
        return new HashSet<>(jdbc.sql("select category from mail_preference where username = ?")
                .param(username)
                .query(String.class)
                .list());
    }

    boolean wants(String username, String category) {
        if (username == null) {
            return true;
        }
        return jdbc.sql("select count(*) from mail_preference where username = ? and category = ?")
                        .params(username, category)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Those of these usernames who turned this category off, one query a thousand names (as {@link #wants}). */
    Set<String> turnedOff(Collection<String> usernames, String category) {
        var names =
                usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
        var off = new HashSet<String>();
        for (int from = 0; from < names.size(); from += 1000) {
            off.addAll(jdbc.sql("select username from mail_preference where category = :category"
                            + " and username in (:names)")
                    .param("category", category)
                    .param("names", names.subList(from, Math.min(names.size(), from + 1000)))
                    .query(String.class)
                    .list());
        }
        return off;
    }

    /** Keeps exactly these categories e-mailed; the others are turned off. */
    @Transactional
    void choose(String username, Collection<String> wanted) {
        jdbc.sql("delete from mail_preference where username = ?")
                .param(username)
                .update();
        for (var category : MailCategory.ALL) {
            if (!wanted.contains(category)) {
                jdbc.sql("insert into mail_preference (username, category) values (?, ?)")
                        .params(username, category)
                        .update();
            }
        }
    }
}
