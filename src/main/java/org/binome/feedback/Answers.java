package org.binome.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.binome.people.Bands;
import org.binome.people.Directory;
import org.binome.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a survey, and a participant reading their own answers. The answers are stored apart from the invitation:
 * a random id, the group attributes of the moment (department, site, generation, seniority band, role), the pairing
 * hash and the owner's receipt (both keyed hashes, see {@link PairingKey}); nothing in them names the person, and the
 * invitation only says "answered on that day".
 */
@Component
class Answers {

    private final JdbcClient jdbc;
    private final SurveyInvitations invitations;
    private final SurveyStore surveys;
    private final Directory directory;
    private final PairingKey pairing;
    private final ResultCells results;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Answers(
            JdbcClient jdbc,
            SurveyInvitations invitations,
            SurveyStore surveys,
            Directory directory,
            PairingKey pairing,
            ResultCells results,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.surveys = surveys;
        this.directory = directory;
        this.pairing = pairing;
        this.results = results;
        this.clock = clock;
        this.events = events;
    }

    /** The invitation if it is this person's; 404 when it does not exist, 403 when it is someone else's. */
    InvitationView ownInvitation(long invitationId, String employeeNumber) {
        var invitation =
                invitations.find(invitationId).orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
        if (employeeNumber == null || !invitation.employeeNumber().equals(employeeNumber)) {
            throw RuleViolation.forbidden("feedback.error.notYours");
        }
        return invitation;
    }

    /** The questions this person is asked (their role's), in order. */
    List<SurveyDraft.Question> questionsFor(InvitationView invitation) {
        return surveys.version(invitation.versionId()).content().questions().stream()
                .filter(q -> q.isFor(invitation.role()))
                .toList();
    }

    /**
     * Checks and saves the answers ({@code questionId → values}). Returns the problems per question (message keys); when
     * there is any, nothing is saved. A second submission is refused (409), never stored twice.
     */
    @Transactional
    Map<Long, String> submit(long invitationId, String employeeNumber, Map<Long, List<String>> given) {
        var invitation = ownInvitation(invitationId, employeeNumber);
        var today = LocalDate.now(clock);
        if (invitation.answered()) {
            throw RuleViolation.conflict("feedback.error.alreadyAnswered");
        }
        if (today.isAfter(invitation.closesOn())) {
            throw RuleViolation.conflict("feedback.error.closed");
        }
        var questions = questionsFor(invitation);
        var problems = new LinkedHashMap<Long, String>();
        var rows = new ArrayList<Object[]>();
        for (var question : questions) {
            var values = given.getOrDefault(question.id(), List.of()).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            var problem = check(question, values);
            if (problem != null) {
                problems.put(question.id(), problem);
                continue;
            }
            for (var value : values) {
                rows.add(answerRow(question, value));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!invitations.markAnswered(invitationId, today)) {
            throw RuleViolation.conflict("feedback.error.alreadyAnswered");
        }
        var person = directory.find(employeeNumber).orElseThrow(() -> RuleViolation.notFound("feedback.error.person"));
        var responseId = UUID.randomUUID().toString();
        try {
            jdbc.sql("insert into feedback_response (id, survey_id, version_id, program_id, moment, participant_role,"
                            + " department, site, generation, seniority, pair_key, receipt) values (:id, :survey,"
                            + " :version, :program, :moment, :role, :department, :site, :generation, :seniority,"
                            + " :pair, :receipt)")
                    .param("id", responseId)
                    .param("survey", invitation.surveyId())
                    .param("version", invitation.versionId())
                    .param("program", invitation.programId())
                    .param("moment", invitation.moment().name())
                    .param("role", invitation.role().name())
                    .param("department", person.department())
                    .param("site", person.site())
                    .param("generation", Bands.generation(person.birthYear()))
                    .param("seniority", Bands.seniority(person.careerStartYear(), person.hireDate(), today))
                    .param("pair", pairing.pairOf(invitation.programId(), employeeNumber))
                    .param("receipt", pairing.receiptOf(invitationId, employeeNumber))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException twice) {
            throw RuleViolation.conflict("feedback.error.alreadyAnswered");
        }
        for (var row : rows) {
            jdbc.sql("insert into feedback_answer (response_id, question_id, measure, area, number_value, choice,"
                            + " text_value) values (:response, :question, :measure, :area, :number, :choice, :text)")
                    .param("response", responseId)
                    .param("question", row[0])
                    .param("measure", row[1])
                    .param("area", row[2])
                    .param("number", row[3])
                    .param("choice", row[4])
                    .param("text", row[5])
                    .update();
        }
        results.changed();
        events.publishEvent(new SurveyAnswered(invitation.surveyId(), invitation.programId()));
        return Map.of();
    }

    static String check(SurveyDraft.Question question, List<String> values) {
        if (values.isEmpty()) {
            return question.required() ? "feedback.answer.required" : null;
        }
        var kind = question.kind();
        if (kind != QuestionKind.MULTIPLE && values.size() > 1) {
            return "feedback.answer.one";
        }
        if (kind == QuestionKind.MULTIPLE && values.stream().distinct().count() != values.size()) {
            return "feedback.answer.invalid";
        }
        for (var value : values) {
            switch (kind) {
                case AGREEMENT -> {
                    if (!inRange(value, 1, 5)) {
                        return "feedback.answer.invalid";
                    }
                }
                case RECOMMENDATION -> {
                    if (!inRange(value, 0, 10)) {
                        return "feedback.answer.invalid";
                    }
                }
                case DIGCOMP_LEVEL -> {
                    if (!inRange(value, 1, DigitalArea.LEVELS)) {
                        return "feedback.answer.invalid";
                    }
                }
                case SINGLE, MULTIPLE -> {
                    if (!question.hasOption(value)) {
                        return "feedback.answer.invalid";
                    }
                }
                case SHORT_TEXT, LONG_TEXT -> {
                    if (value.length() > kind.maxLength()) {
                        return "feedback.answer.tooLong";
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
        return null;
    }

    private static boolean inRange(String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Object[] answerRow(SurveyDraft.Question question, String value) {
        var kind = question.kind();
        Integer number = kind == QuestionKind.AGREEMENT
                        || kind == QuestionKind.RECOMMENDATION
                        || kind == QuestionKind.DIGCOMP_LEVEL
                ? Integer.valueOf(value)
                : null;
        String choice = kind.hasOptions() ? value : null;
        String text = kind.isText() ? value : null;
        return new Object[] {
            question.id(),
            question.measure().name(),
            question.area() == null ? null : question.area().code(),
            number,
            choice,
            text
        };
    }

    /** The answers given through this invitation, for its owner only: question id → values. */
    @Transactional(readOnly = true)
    Map<Long, List<String>> ownAnswers(InvitationView invitation) {
        var answers = new LinkedHashMap<Long, List<String>>();
        jdbc.sql("select a.question_id, a.number_value, a.choice, a.text_value from feedback_answer a"
                        + " join feedback_response r on r.id = a.response_id where r.receipt = :receipt")
                .param("receipt", pairing.receiptOf(invitation.id(), invitation.employeeNumber()))
                .query(rs -> {
                    var number = rs.getObject(2, Integer.class);
                    var value = number != null
                            ? number.toString()
                            : rs.getString(3) != null ? rs.getString(3) : rs.getString(4);
                    answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(value);
                });
        return answers;
    }

    /**
     * One person's own DigComp levels in one programme: area → {T0 level or null, end level or null}. Found through
     * the pairing hash of the signed-in person; nobody else can compute it through the application.
     */
    @Transactional(readOnly = true)
    Map<DigitalArea, Integer[]> ownProgress(long programId, String employeeNumber) {
        var levels = new LinkedHashMap<DigitalArea, Integer[]>();
        jdbc.sql("select r.moment, a.area, a.number_value from feedback_answer a"
                        + " join feedback_response r on r.id = a.response_id"
                        + " where r.program_id = :program and r.pair_key = :pair and a.measure = 'DIGCOMP'"
                        + " and r.moment in ('ENROLMENT', 'END')")
                .param("program", programId)
                .param("pair", pairing.pairOf(programId, employeeNumber))
                .query(rs -> {
                    var area = DigitalArea.ofCode(rs.getString(2));
                    var pair = levels.computeIfAbsent(area, a -> new Integer[2]);
                    pair["ENROLMENT".equals(rs.getString(1)) ? 0 : 1] = rs.getObject(3, Integer.class);
                });
        var ordered = new LinkedHashMap<DigitalArea, Integer[]>();
        for (var area : DigitalArea.values()) {
            if (levels.containsKey(area)) {
                ordered.put(area, levels.get(area));
            }
        }
        return ordered;
    }
}
