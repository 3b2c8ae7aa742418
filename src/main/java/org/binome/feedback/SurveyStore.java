package org.binome.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys, their versions and questions. Saving a survey whose current version already has answers creates a new
 * version (old answers keep pointing at the questions they answered); without answers the current version is edited
 * in place. Every change checks the survey's optimistic version.
 */
@Component
class SurveyStore {

    private static final String SURVEY_COLUMNS =
            "id, code, moment, audience, enabled, title_fr, title_en, open_days, current_version, builtin, version";

    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new survey: a built-in one is switched on at once, an administrator's waits until they switch it on. */
    @Transactional
    long create(SurveyDraft draft, boolean builtin) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into feedback_survey (code, moment, audience, enabled, title_fr, title_en, open_days,"
                        + " current_version, builtin) values (:code, :moment, :audience, :builtin, :titleFr, :titleEn,"
                        + " :openDays, 1, :builtin)")
                .param("code", draft.code())
                .param("moment", draft.moment().name())
                .param("audience", draft.audience().name())
                .param("titleFr", draft.titleFr())
                .param("titleEn", draft.titleEn())
                .param("openDays", draft.openDays())
                .param("builtin", builtin)
                .update(keys, "id");
        long surveyId = keys.getKey().longValue();
        insertVersion(surveyId, 1, draft);
        return surveyId;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from feedback_survey where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    List<SurveyRow> all() {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from feedback_survey order by id")
                .query(SurveyStore::row)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<SurveyRow> find(long surveyId) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from feedback_survey where id = :id")
                .param("id", surveyId)
                .query(SurveyStore::row)
                .optional();
    }

    @Transactional(readOnly = true)
    List<SurveyRow> enabledFor(SurveyMoment moment) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from feedback_survey where enabled = true and moment = :moment"
                        + " order by id")
                .param("moment", moment.name())
                .query(SurveyStore::row)
                .list();
    }

    @Transactional(readOnly = true)
    long currentVersionId(long surveyId) {
        return jdbc.sql("select v.id from feedback_survey_version v join feedback_survey s on s.id = v.survey_id"
                        + " and s.current_version = v.number where s.id = :id")
                .param("id", surveyId)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    SurveyVersion version(long versionId) {
        var head = jdbc.sql("select v.id, v.survey_id, v.number, v.intro_fr, v.intro_en, s.code, s.moment, s.audience,"
                        + " s.title_fr, s.title_en, s.open_days from feedback_survey_version v"
                        + " join feedback_survey s on s.id = v.survey_id where v.id = :id")
                .param("id", versionId)
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getInt(11)
                })
                .optional()
                .orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
        var options = new LinkedHashMap<Long, List<SurveyDraft.Option>>();
        jdbc.sql("select o.question_id, o.code, o.label_fr, o.label_en from feedback_option o"
                        + " join feedback_question q on q.id = o.question_id where q.version_id = :id"
                        + " order by o.question_id, o.position")
                .param("id", versionId)
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SurveyDraft.Option(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        var questions = jdbc.sql("select id, code, kind, measure, area, audience, required, text_fr, text_en"
                        + " from feedback_question where version_id = :id order by position")
                .param("id", versionId)
                .query((rs, i) -> new SurveyDraft.Question(
                        rs.getLong(1),
                        rs.getString(2),
                        QuestionKind.valueOf(rs.getString(3)),
                        Measure.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : DigitalArea.ofCode(rs.getString(5)),
                        SurveyAudience.valueOf(rs.getString(6)),
                        rs.getBoolean(7),
                        rs.getString(8),
                        rs.getString(9),
                        options.getOrDefault(rs.getLong(1), List.of())))
                .list();
        var draft = new SurveyDraft(
                (String) head[5],
                SurveyMoment.valueOf((String) head[6]),
                SurveyAudience.valueOf((String) head[7]),
                (String) head[8],
                (String) head[9],
                (String) head[3],
                (String) head[4],
                (Integer) head[10],
                questions);
        return new SurveyVersion((Long) head[0], (Long) head[1], (Integer) head[2], draft);
    }

    @Transactional(readOnly = true)
    List<Integer> versionNumbers(long surveyId) {
        return jdbc.sql("select number from feedback_survey_version where survey_id = :id order by number")
                .param("id", surveyId)
                .query(Integer.class)
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Long> versionId(long surveyId, int number) {
        return jdbc.sql("select id from feedback_survey_version where survey_id = :id and number = :number")
                .param("id", surveyId)
                .param("number", number)
                .query(Long.class)
                .optional();
    }

    @Transactional(readOnly = true)
    boolean hasAnswers(long versionId) {
        return jdbc.sql("select count(*) from feedback_response where version_id = :id")
                        .param("id", versionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Saves an edited survey: a new version when the current one has answers, else in place. The code and the moment
     * of a survey never change.
     *
     * @return the version number now current
     */
    @Transactional
    int save(long surveyId, int expectedVersion, SurveyDraft draft) {
        var survey = find(surveyId).orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
        int changed = jdbc.sql("update feedback_survey set title_fr = :titleFr, title_en = :titleEn,"
                        + " open_days = :openDays, audience = :audience, version = version + 1"
                        + " where id = :id and version = :expected")
                .param("titleFr", draft.titleFr())
                .param("titleEn", draft.titleEn())
                .param("openDays", draft.openDays())
                .param("audience", draft.audience().name())
                .param("id", surveyId)
                .param("expected", expectedVersion)
                .update();
        if (changed == 0) {
            throw RuleViolation.conflict("feedback.error.stale");
        }
        long current = currentVersionId(surveyId);
        if (hasAnswers(current)) {
            int number = survey.currentVersion() + 1;
            insertVersion(surveyId, number, draft);
            jdbc.sql("update feedback_survey set current_version = :number where id = :id")
                    .param("number", number)
                    .param("id", surveyId)
                    .update();
            return number;
        }
        jdbc.sql("update feedback_survey_version set intro_fr = :introFr, intro_en = :introEn where id = :id")
                .param("introFr", draft.introFr())
                .param("introEn", draft.introEn())
                .param("id", current)
                .update();
        jdbc.sql("delete from feedback_option where question_id in"
                        + " (select id from feedback_question where version_id = :id)")
                .param("id", current)
                .update();
        jdbc.sql("delete from feedback_question where version_id = :id")
                .param("id", current)
                .update();
        insertQuestions(current, draft);
        return survey.currentVersion();
    }

    @Transactional
    void setEnabled(long surveyId, int expectedVersion, boolean enabled) {
        int changed = jdbc.sql("update feedback_survey set enabled = :enabled, version = version + 1"
                        + " where id = :id and version = :expected")
                .param("enabled", enabled)
                .param("id", surveyId)
                .param("expected", expectedVersion)
                .update();
        if (changed == 0) {
            find(surveyId).orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
            throw RuleViolation.conflict("feedback.error.stale");
        }
    }

    private void insertVersion(long surveyId, int number, SurveyDraft draft) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into feedback_survey_version (survey_id, number, intro_fr, intro_en, created_at)"
                        + " values (:survey, :number, :introFr, :introEn, :now)")
                .param("survey", surveyId)
                .param("number", number)
                .param("introFr", draft.introFr())
                .param("introEn", draft.introEn())
                .param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        insertQuestions(keys.getKey().longValue(), draft);
    }

    private void insertQuestions(long versionId, SurveyDraft draft) {
        int position = 0;
        for (var question : draft.questions()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into feedback_question (version_id, position, code, kind, measure, area, audience,"
                            + " required, text_fr, text_en) values (:version, :position, :code, :kind, :measure,"
                            + " :area, :audience, :required, :textFr, :textEn)")
                    .param("version", versionId)
                    .param("position", position++)
                    .param("code", question.code())
                    .param("kind", question.kind().name())
                    .param("measure", question.measure().name())
                    .param(
                            "area",
                            question.area() == null ? null : question.area().code())
                    .param("audience", question.audience().name())
                    .param("required", question.required())
                    .param("textFr", question.textFr())
                    .param("textEn", question.textEn())
                    .update(keys, "id");
            long questionId = keys.getKey().longValue();
            int optionPosition = 0;
            for (var option : question.options()) {
                jdbc.sql("insert into feedback_option (question_id, position, code, label_fr, label_en)"
                                + " values (:question, :position, :code, :fr, :en)")
                        .param("question", questionId)
                        .param("position", optionPosition++)
                        .param("code", option.code())
                        .param("fr", option.labelFr())
                        .param("en", option.labelEn())
                        .update();
            }
        }
    }

    private static SurveyRow row(ResultSet rs, int i) throws SQLException {
        return new SurveyRow(
                rs.getLong(1),
                rs.getString(2),
                SurveyMoment.valueOf(rs.getString(3)),
                SurveyAudience.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getBoolean(10),
                rs.getInt(11));
    }
}
