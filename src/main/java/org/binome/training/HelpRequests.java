package org.binome.training;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binome.communication.Notification;
import org.binome.communication.Notifications;
import org.binome.identity.AccountView;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Help requests: a participant of a programme asks their own facilitator (the one of their circle in that programme)
 * or the administrators; they are told when it is answered. A request to the facilitator is read and answered by that
 * facilitator only, never by other facilitators or by administrators: people write there about their partner.
 */
@Component
class HelpRequests {

    static final String FACILITATOR = "FACILITATOR";
    static final String ADMIN = "ADMIN";

    private final JdbcClient jdbc;
    private final Programs programs;
    private final Directory directory;
    private final Accounts accounts;
    private final Circles circles;
    private final Notifications notifications;
    private final Clock clock;

    HelpRequests(
            JdbcClient jdbc,
            Programs programs,
            Directory directory,
            Accounts accounts,
            Circles circles,
            Notifications notifications,
            Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.directory = directory;
        this.accounts = accounts;
        this.circles = circles;
        this.notifications = notifications;
        this.clock = clock;
    }

    long ask(String requester, long programId, String addressee, String message) {
        var program = programs.find(programId).orElseThrow(() -> RuleViolation.invalid("training.help.programme"));
        if (programs.applicationOf(programId, requester)
                .filter(a -> a.status() == org.binome.programs.ApplicationStatus.ACCEPTED)
                .isEmpty()) {
            throw RuleViolation.invalid("training.help.programme");
        }
        String facilitator = null;
        if (FACILITATOR.equals(addressee)) {
            facilitator = facilitatorOf(requester, programId)
                    .orElseThrow(() -> RuleViolation.invalid("training.help.noFacilitator"));
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into help_request (program_id, requester, addressee, facilitator, message, created_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(programId, requester, addressee, facilitator, message.strip(), now())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        var recipients = facilitator != null ? java.util.Set.of(facilitator) : administrators();
        if (!recipients.isEmpty()) {
            notifications.notify(
                    recipients,
                    Notification.of(
                                    recipients.iterator().next(),
                                    "help.requested",
                                    Map.of("programme", program.name(), "person", nameOf(requester)))
                            .withLink("/facilitation/help/" + id)
                            .withIdempotencyKey("help-requested:" + id));
        }
        return id;
    }

    /** The facilitator of the circle this person belongs to in this programme, if any. */
    Optional<String> facilitatorOf(String employeeNumber, long programId) {
        return circles.of(employeeNumber).stream()
                .filter(c -> c.programId() == programId)
                .filter(c -> c.activeNumbers().contains(employeeNumber))
                .map(CircleView::facilitator)
                .findFirst();
    }

    private java.util.Set<String> administrators() {
        var result = new LinkedHashSet<String>();
        accounts.enabledHolding(Role.ADMIN).stream().map(AccountView::username).forEach(result::add);
        return result;
    }

    void answer(long id, int version, String answer, String answeredBy) {
        var request = find(id).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        var changed = jdbc.sql("update help_request set answer = ?, answered_by = ?, answered_at = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(answer.strip(), answeredBy, now(), id, version)
                .update();
        if (changed == 0) {
            throw RuleViolation.conflict("training.error.conflict");
        }
        notifications.notify(
                Notification.of(request.requester(), "help.answered", Map.of("programme", request.programName()))
                        .withLink("/me/help")
                        .withIdempotencyKey("help-answered:" + id + ":" + version));
    }

    Optional<HelpRequestView> find(long id) {
        return jdbc.sql("select * from help_request where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    List<HelpRequestView> of(String requester) {
        return jdbc.sql("select * from help_request where requester = ? order by created_at desc, id desc")
                .param(requester)
                .query(this::row)
                .list();
    }

    /**
     * The requests this person may read and answer, unanswered first: those addressed to them as the requester's
     * facilitator and, for an administrator, those addressed to the HR team.
     */
    List<HelpRequestView> visibleTo(String employeeNumber, boolean administrator) {
        return jdbc.sql("select * from help_request where (addressee = :facilitatorTo and facilitator = :me)"
                        + " or (addressee = :adminTo and :administrator = true)"
                        + " order by case when answer is null then 0 else 1 end, created_at desc, id desc")
                .param("facilitatorTo", FACILITATOR)
                .param("me", employeeNumber)
                .param("adminTo", ADMIN)
                .param("administrator", administrator)
                .query(this::row)
                .list();
    }

    private HelpRequestView row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        var programId = rs.getLong("program_id");
        var answeredAt = rs.getObject("answered_at", OffsetDateTime.class);
        return new HelpRequestView(
                rs.getLong("id"),
                programId,
                programs.find(programId).map(ProgramView::name).orElse(""),
                rs.getString("requester"),
                nameOf(rs.getString("requester")),
                rs.getString("addressee"),
                rs.getString("facilitator"),
                rs.getString("message"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("answer"),
                rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getInt("version"));
    }

    private String nameOf(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
