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
