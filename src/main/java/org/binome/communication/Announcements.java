package org.binome.communication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binome.identity.AccountView;
import org.binome.identity.Accounts;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication module's facade for announcements: administrators publish news to an audience, now or at a
 * chosen time; the programmes module shows a programme's announcements with {@link #forProgramme(long)}.
 */
@Service
class Announcements {

    /** The longest body accepted, in characters as written (before sanitising). */
    public static final int MAX_BODY = 20_000;

    public static final int MAX_TITLE = 200;

    private static final Logger log = LoggerFactory.getLogger(Announcements.class);
    private static final String COLUMNS =
            "id, title, body_html, audience, programme_id, send_email, publish_at, published, author";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final List<AudienceResolver> resolvers;
    private final Postman postman;
    private final Clock clock;
    private final List<ProgrammeNames> programmeNames;

    Announcements(
            JdbcClient jdbc,
            Accounts accounts,
            List<AudienceResolver> resolvers,
            Postman postman,
            Clock clock,
            List<ProgrammeNames> programmeNames) {
        this.programmeNames = programmeNames;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.resolvers = resolvers;
        this.postman = postman;
        this.clock = clock;
    }

    /** The programmes an announcement may be about, id to name (none without the programmes module). */
    public java.util.Map<Long, String> programmes() {
        var all = new java.util.LinkedHashMap<Long, String>();
        programmeNames.forEach(names -> all.putAll(names.all()));
        return all;
    }

    /**
     * Stores the announcement, sanitised, and publishes it at once when its time has come.
     *
     * @throws RuleViolation (invalid, keyed {@code announcement.error.<field>.<reason>}) when the title or body is missing or too long, or nothing is left of the
     *     body once sanitised
     */
    @Transactional
    public AnnouncementView publish(NewAnnouncement announcement) {
        var title = announcement.title() == null ? "" : announcement.title().strip();
        if (title.isEmpty()) {
            throw RuleViolation.invalid("announcement.error.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw RuleViolation.invalid("announcement.error.title.tooLong");
        }
        var body = announcement.body() == null ? "" : announcement.body();
        if (body.length() > MAX_BODY) {
            throw RuleViolation.invalid("announcement.error.body.tooLong");
        }
        var clean = RichText.sanitise(body);
        if (RichText.text(clean).isBlank()) {
            throw RuleViolation.invalid("announcement.error.body.required");
        }
        if (announcement.audience() == null) {
            throw RuleViolation.invalid("announcement.error.audience.required");
        }
        if (announcement.programmeId() != null
                && !programmeNames.isEmpty()
                && !programmes().containsKey(announcement.programmeId())) {
            throw RuleViolation.invalid("announcement.error.programmeId.unknown");
        }
        // Databases keep microseconds at most: a nanosecond instant could be stored a hair later than "now".
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var publishAt =
                announcement.publishAt() == null || announcement.publishAt().isBefore(now)
                        ? now
                        : announcement.publishAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into announcement (title, body_html, audience, programme_id, send_email, publish_at,
                                                  published, author, created_at)
                        values (:title, :body, :audience, :programme, :email, :publishAt, false, :author, :now)
                        """)
                .param("title", title)
                .param("body", clean)
                .param("audience", announcement.audience().name())
                .param("programme", announcement.programmeId())
                .param("email", announcement.email())
                .param("publishAt", Timestamp.from(publishAt))
                .param("author", announcement.author() == null ? "" : announcement.author())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long created = keys.getKey().longValue();
        if (!publishAt.isAfter(now)) {
            publishDue(now);
        }
        return find(created).orElseThrow();
    }

    /** The published announcements about a programme, newest first. */
    @Transactional(readOnly = true)
    public List<AnnouncementView> forProgramme(long programmeId) {
        return jdbc.sql("select " + COLUMNS + " from announcement where published = true and programme_id = ?"
                        + " order by publish_at desc, id desc")
                .param(programmeId)
                .query((rs, i) -> view(rs))
                .list();
    }

    @Transactional(readOnly = true)
    java.util.Optional<AnnouncementView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from announcement where id = ?")
                .param(id)
                .query((rs, i) -> view(rs))
                .optional();
    }

    /** Every announcement, scheduled ones included, for the administrators. */
    @Transactional(readOnly = true)
    List<AnnouncementView> all() {
        return jdbc.sql("select " + COLUMNS + " from announcement order by publish_at desc, id desc limit 200")
                .query((rs, i) -> view(rs))
                .list();
    }

    /** The published announcements this person belongs to the audience of (administrators see them all). */
    @Transactional(readOnly = true)
    List<AnnouncementView> visibleTo(BinomeUser user) {
        var published = jdbc.sql("select " + COLUMNS + " from announcement where published = true"
                        + " order by publish_at desc, id desc limit 200")
                .query((rs, i) -> view(rs))
                .list();
        if (user.hasRole(Role.ADMIN)) {
            return published;
        }
        var me = new HashSet<String>();
        me.add(user.getUsername());
        if (user.employeeNumber() != null) {
            me.add(user.employeeNumber());
        }
        return published.stream()
                .filter(a -> switch (a.audience()) {
                    case ALL_EMPLOYEES -> true;
                    case SPONSORS ->
                        user.hasRole(Role.SPONSOR) && a.programmeId() == null
                                || members(a.audience(), a.programmeId()).stream()
                                        .anyMatch(me::contains);
                    default -> members(a.audience(), a.programmeId()).stream().anyMatch(me::contains);
                })
                .toList();
    }

    /** Publishes the announcements whose time has come; each is published (and e-mailed) once. */
    @Transactional
    int publishDue(Instant now) {
        var due = jdbc.sql("select " + COLUMNS + " from announcement where published = false and publish_at <= ?"
                        + " order by publish_at, id")
                .param(Timestamp.from(now))
                .query((rs, i) -> view(rs))
                .list();
        int count = 0;
        for (var announcement : due) {
            var claimed = jdbc.sql("update announcement set published = true, version = version + 1"
                                    + " where id = ? and published = false")
                            .param(announcement.id())
                            .update()
                    == 1;
            if (claimed) {
                count++;
                if (announcement.email()) {
                    send(announcement);
                }
            }
        }
        return count;
    }

    private void send(AnnouncementView announcement) {
        var members = members(announcement.audience(), announcement.programmeId());
        log.info("Announcement {} e-mailed to {} people", announcement.id(), members.size());
        var text = RichText.text(announcement.bodyHtml());
        for (var member : members) {
            postman.deliver(new Letter(
                    member,
                    "announcement.published",
                    "announcement:" + announcement.id(),
                    false,
                    true,
                    "/announcements#announcement-" + announcement.id(),
                    List.of(),
                    recipient -> new Letter.Content(
                            announcement.title(),
                            text,
                            "announcement",
                            Map.of(
                                    "title", announcement.title(),
                                    "bodyHtml", announcement.bodyHtml(),
                                    "bodyText", text))));
        }
    }

    /** The members of an audience: employee numbers or usernames. */
    Set<String> members(Audience audience, Long programmeId) {
        var members = new java.util.LinkedHashSet<String>();
        var resolved = false;
        for (var resolver : resolvers) {
            if (resolver.supports(audience)) {
                members.addAll(resolver.members(audience, programmeId));
                resolved = true;
            }
        }
        if (audience == Audience.ALL_EMPLOYEES || (audience == Audience.SPONSORS && !resolved)) {
            for (var account : audience == Audience.ALL_EMPLOYEES
                    ? accounts.enabledAccounts()
                    : accounts.enabledHolding(Role.SPONSOR)) {
                members.add(key(account));
            }
        } else if (!resolved) {
            log.warn("No AudienceResolver for {} yet: nobody receives it", audience);
        }
        return members;
    }

    private static String key(AccountView account) {
        return account.employeeNumber() != null ? account.employeeNumber() : account.username();
    }

    private static AnnouncementView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long programme = rs.getObject(5) == null ? null : rs.getLong(5);
        return new AnnouncementView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Audience.valueOf(rs.getString(4)),
                programme,
                rs.getBoolean(6),
                rs.getTimestamp(7).toInstant(),
                rs.getBoolean(8),
                rs.getString(9));
    }
}
