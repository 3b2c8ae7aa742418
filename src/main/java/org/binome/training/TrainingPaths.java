package org.binome.training;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binome.programs.ParticipantRole;
import org.binome.shared.RuleViolation;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Training paths: their modules, quizzes and completions, stored with plain SQL. */
@Component
class TrainingPaths {

    static final Safelist ALLOWED = Safelist.basic().addTags("h2", "h3", "h4");

    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingPaths(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Copies the default content into a programme's path the first time it is read; never again afterwards. */
    @Transactional
    public void ensureDefaults(long programId) {
        for (var role : ParticipantRole.values()) {
            var exists = jdbc.sql("select count(*) from training_path where program_id = ? and role = ?")
                            .params(programId, role.name())
                            .query(Long.class)
                            .single()
                    > 0;
            if (exists) {
                continue;
            }
            try {
                jdbc.sql("insert into training_path (program_id, role, seeded_at) values (?, ?, ?)")
                        .params(programId, role.name(), now())
                        .update();
            } catch (DuplicateKeyException raced) {
                continue;
            }
            int position = 0;
            for (var seed : DefaultPaths.of(role)) {
                var id = insertModule(
                        programId,
                        role,
                        position++,
                        new ModuleForm(
                                seed.titleFr(),
                                seed.titleEn(),
                                seed.bodyFr(),
                                seed.bodyEn(),
                                null,
                                seed.minutes(),
                                DefaultPaths.PASS_MARK,
                                null));
                replaceQuiz(id, seed.quiz());
            }
        }
    }

    boolean seeded(long programId, ParticipantRole role) {
        return jdbc.sql("select count(*) from training_path where program_id = ? and role = ?")
                        .params(programId, role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<ModuleView> modules(long programId, ParticipantRole role) {
        var ids = jdbc.sql("select id from training_module where program_id = ? and role = ? order by position, id")
                .params(programId, role.name())
                .query(Long.class)
                .list();
        return ids.stream().map(id -> module(id).orElseThrow()).toList();
    }

    java.util.Optional<ModuleView> module(long id) {
        var questions = new LinkedHashMap<Long, ModuleView.QuestionView>();
        var rows = jdbc.sql("""
                        select q.id as qid, q.text_fr as qfr, q.text_en as qen,
                               c.id as cid, c.text_fr as cfr, c.text_en as cen
                          from training_question q left join training_choice c on c.question_id = q.id
                         where q.module_id = ? order by q.position, q.id, c.position, c.id
                        """)
                .param(id)
                .query((rs, i) -> new Object[] {
                    rs.getLong("qid"),
                    rs.getString("qfr"),
                    rs.getString("qen"),
                    rs.getObject("cid") == null ? null : rs.getLong("cid"),
                    rs.getString("cfr"),
                    rs.getString("cen")
                })
                .list();
        var choices = new LinkedHashMap<Long, List<ModuleView.ChoiceView>>();
        for (var row : rows) {
            var qid = (Long) row[0];
            questions.putIfAbsent(qid, new ModuleView.QuestionView(qid, (String) row[1], (String) row[2], List.of()));
            var list = choices.computeIfAbsent(qid, k -> new ArrayList<>());
            if (row[3] != null) {
                list.add(new ModuleView.ChoiceView((Long) row[3], (String) row[4], (String) row[5]));
            }
        }
        var questionList = questions.values().stream()
                .map(q -> new ModuleView.QuestionView(q.id(), q.textFr(), q.textEn(), List.copyOf(choices.get(q.id()))))
                .toList();
        return jdbc.sql("select * from training_module where id = ?")
                .param(id)
                .query((rs, i) -> new ModuleView(
                        rs.getLong("id"),
                        rs.getLong("program_id"),
                        ParticipantRole.valueOf(rs.getString("role")),
                        rs.getInt("position"),
                        rs.getString("title_fr"),
                        rs.getString("title_en"),
                        rs.getString("body_fr"),
                        rs.getString("body_en"),
                        rs.getString("video_url"),
                        rs.getInt("minutes"),
                        (Integer) rs.getObject("pass_mark", Integer.class),
                        questionList,
                        rs.getInt("version")))
                .optional();
    }

    /** Which choice is right for each question of a module: read on the server only, never shown. */
    Map<Long, Long> correctChoices(long moduleId) {
        var map = new LinkedHashMap<Long, Long>();
        jdbc.sql("""
                        select q.id, c.id from training_question q join training_choice c on c.question_id = q.id
                         where q.module_id = ? and c.correct = true
                        """)
                .param(moduleId)
                .query((rs, i) -> map.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return map;
    }

    long insertModule(long programId, ParticipantRole role, int position, ModuleForm form) {
        return insertReturningId(
                "insert into training_module (program_id, role, position, title_fr, title_en, body_fr, body_en,"
                        + " video_url, minutes, pass_mark, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                programId,
                role.name(),
                position,
                form.titleFr().strip(),
                form.titleEn().strip(),
                sanitise(form.bodyFr()),
                sanitise(form.bodyEn()),
                blankToNull(form.videoUrl()),
                form.minutes(),
                form.passMark());
    }

    long add(long programId, ParticipantRole role, ModuleForm form) {
        var next = jdbc.sql(
                        "select coalesce(max(position), -1) + 1 from training_module where program_id = ? and role = ?")
                .params(programId, role.name())
                .query(Integer.class)
                .single();
        return insertModule(programId, role, next, form);
    }

    void update(long moduleId, int version, ModuleForm form) {
        var changed = jdbc.sql("""
                        update training_module set title_fr = ?, title_en = ?, body_fr = ?, body_en = ?, video_url = ?,
                               minutes = ?, pass_mark = ?, version = version + 1
                         where id = ? and version = ?
                        """)
                .params(
                        form.titleFr().strip(),
                        form.titleEn().strip(),
                        sanitise(form.bodyFr()),
                        sanitise(form.bodyEn()),
                        blankToNull(form.videoUrl()),
                        form.minutes(),
                        form.passMark(),
                        moduleId,
                        version)
                .update();
        if (changed == 0) {
            throw RuleViolation.conflict("training.error.conflict");
        }
    }

    /** Swaps a module with its neighbour above (-1) or below (+1); positions are renumbered 0..n-1. */
    void move(long moduleId, int direction) {
        var module = module(moduleId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        var ids = new ArrayList<>(modules(module.programId(), module.role()).stream()
                .map(ModuleView::id)
                .toList());
        int index = ids.indexOf(moduleId);
        int target = index + direction;
        if (target >= 0 && target < ids.size()) {
            ids.set(index, ids.get(target));
            ids.set(target, moduleId);
        }
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update training_module set position = ? where id = ?")
                    .params(i, ids.get(i))
                    .update();
        }
    }

    /** Replaces a module's quiz; completions stay (a person who passed keeps the module done). */
    void replaceQuiz(long moduleId, List<DefaultPaths.SeedQuestion> quiz) {
        jdbc.sql(
                        "delete from training_choice where question_id in (select id from training_question where module_id = ?)")
                .param(moduleId)
                .update();
        jdbc.sql("delete from training_question where module_id = ?")
                .param(moduleId)
                .update();
        int q = 0;
        for (var question : quiz) {
            var questionId = insertReturningId(
                    "insert into training_question (module_id, position, text_fr, text_en) values (?, ?, ?, ?)",
                    moduleId,
                    q++,
                    question.fr(),
                    question.en());
            int c = 0;
            for (var choice : question.choices()) {
                jdbc.sql("insert into training_choice (question_id, position, text_fr, text_en, correct)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(questionId, c++, choice.fr(), choice.en(), choice.correct())
                        .update();
            }
        }
    }

    void remove(long moduleId) {
        jdbc.sql("delete from training_completion where module_id = ?")
                .param(moduleId)
                .update();
        jdbc.sql(
                        "delete from training_choice where question_id in (select id from training_question where module_id = ?)")
                .param(moduleId)
                .update();
        jdbc.sql("delete from training_question where module_id = ?")
                .param(moduleId)
                .update();
        jdbc.sql("delete from training_module where id = ?").param(moduleId).update();
    }

    /** {modules of the role's path the person completed, modules of the path}, in one statement. */
    int[] progress(String employeeNumber, long programId, ParticipantRole role) {
        return jdbc.sql("""
                        select count(c.module_id) as done, count(*) as total
                          from training_module m
                          left join training_completion c on c.module_id = m.id and c.employee_number = ?
                         where m.program_id = ? and m.role = ?
                        """)
                .params(employeeNumber, programId, role.name())
                .query((rs, n) -> new int[] {rs.getInt("done"), rs.getInt("total")})
                .single();
    }

    Set<Long> completedBy(String employeeNumber, long programId) {
        return new HashSet<>(jdbc.sql("""
                        select c.module_id from training_completion c join training_module m on m.id = c.module_id
                         where c.employee_number = ? and m.program_id = ?
                        """)
                .params(employeeNumber, programId)
                .query(Long.class)
                .list());
    }

    void complete(long moduleId, String employeeNumber, Integer score) {
        var done = jdbc.sql("select count(*) from training_completion where module_id = ? and employee_number = ?")
                        .params(moduleId, employeeNumber)
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            jdbc.sql(
                            "update training_completion set score = coalesce(?, score) where module_id = ? and employee_number = ?")
                    .params(score, moduleId, employeeNumber)
                    .update();
            return;
        }
        jdbc.sql(
                        "insert into training_completion (module_id, employee_number, completed_at, score) values (?, ?, ?, ?)")
                .params(moduleId, employeeNumber, now(), score)
                .update();
    }

    static String sanitise(String html) {
        return Jsoup.clean(html == null ? "" : html, ALLOWED).strip();
    }

    /** Only https links to a real host: no javascript:, data: or plain http. */
    static boolean validVideoUrl(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            var uri = URI.create(url.strip());
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && url.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private long insertReturningId(String sql, Object... params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
