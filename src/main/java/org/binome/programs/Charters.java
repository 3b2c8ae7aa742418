package org.binome.programs;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter frames each relationship: every programme starts with the default charter in French and English, and
 * each edit makes a new version so that what every applicant accepted stays known.
 */
@Component
class Charters {

    static final int MAX_LENGTH = 20_000;

    private final CharterRepository repository;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    Charters(CharterRepository repository, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    String defaultText(Locale locale) {
        return messages.getMessage("programs.charter.default", null, locale);
    }

    @Transactional
    CharterView startWithDefault(long programId, String by) {
        return repository
                .save(CharterVersion.of(
                        programId, 1, defaultText(Locale.FRENCH), defaultText(Locale.ENGLISH), clock.instant(), by))
                .view();
    }

    @Transactional(readOnly = true)
    CharterView current(long programId) {
        // Plain SQL mapped to the view: every pair page shows its programme's charter (a derived query rebuilt its SQL
        // and mapped the aggregate on each view).
        return jdbc.sql("select program_id, number, text_fr, text_en, created_at from charter_version"
                        + " where program_id = ? order by number desc limit 1")
                .param(programId)
                .query(Charters::view)
                .optional()
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
    }

    /** The current charter of each of these programmes that has one, with one query. */
    @Transactional(readOnly = true)
    java.util.Map<Long, CharterView> current(java.util.Collection<Long> programIds) {
        var result = new java.util.HashMap<Long, CharterView>();
        if (!programIds.isEmpty()) {
            // the latest version of each, in plain SQL: the derived query read every version of every charter, texts
            // included, and mapped each through the aggregate's metadata (15 % of the administrators' home's CPU)
            jdbc.sql("select c.program_id, c.number, c.text_fr, c.text_en, c.created_at from charter_version c"
                            + " where c.program_id in (:programs) and c.number ="
                            + " (select max(d.number) from charter_version d where d.program_id = c.program_id)")
                    .param("programs", programIds)
                    .query(Charters::view)
                    .list()
                    .forEach(c -> result.put(c.programId(), c));
        }
        return result;
    }

    private static CharterView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var createdAt = rs.getTimestamp(5);
        return new CharterView(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                createdAt == null ? null : createdAt.toInstant());
    }

    @Transactional(readOnly = true)
    List<CharterView> history(long programId) {
        return repository.findByProgramIdOrderByNumberDesc(programId).stream()
                .map(CharterVersion::view)
                .toList();
    }

    /** Writes a new version unless nothing changed; the version number only ever grows. */
    @Transactional
    CharterView revise(long programId, int basedOn, String textFr, String textEn, String by) {
        var current = current(programId);
        if (current.number() != basedOn) {
            throw RuleViolation.conflict("programs.charter.conflict");
        }
        if (current.textFr().equals(textFr) && current.textEn().equals(textEn)) {
            return current;
        }
        return repository
                .save(CharterVersion.of(programId, current.number() + 1, textFr, textEn, clock.instant(), by))
                .view();
    }
}
