package org.binome.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.binome.people.Bands;
import org.binome.people.Directory;
import org.binome.programs.Programs;
import org.binome.shared.RuleViolation;
import org.binome.shared.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' survey pages: the surveys (switch on/off, versions), and aggregated results with their exports.
 * Nothing here reads an individual answer: results come from {@link SurveyResults}, thresholds applied.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyAdminController {

    private final SurveyStore store;
    private final SurveyResults results;
    private final SurveyInvitations invitations;
    private final Programs programs;
    private final Directory directory;
    private final MessageSource messages;

    SurveyAdminController(
            SurveyStore store,
            SurveyResults results,
            SurveyInvitations invitations,
            Programs programs,
            Directory directory,
            MessageSource messages) {
        this.store = store;
        this.results = results;
        this.invitations = invitations;
        this.programs = programs;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("surveys", store.all());
        model.addAttribute("rates", invitations.rates(null));
        return "feedback/admin-surveys";
    }

    @PostMapping("/{surveyId}/enabled")
    String enable(
            @PathVariable long surveyId,
            @RequestParam boolean enabled,
            @RequestParam int version,
            RedirectAttributes redirect) {
        store.setEnabled(surveyId, version, enabled);
        redirect.addFlashAttribute("flash", enabled ? "feedback.admin.flash.on" : "feedback.admin.flash.off");
        return "redirect:/admin/surveys";
    }

    @GetMapping("/{surveyId}/versions/{number}")
    String version(@PathVariable long surveyId, @PathVariable int number, Model model) {
        var survey = store.find(surveyId).orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
        var versionId =
                store.versionId(surveyId, number).orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
        model.addAttribute("survey", survey);
        model.addAttribute("version", store.version(versionId));
        model.addAttribute("numbers", store.versionNumbers(surveyId));
        model.addAttribute("answered", store.hasAnswers(versionId));
        return "feedback/admin-version";
    }

    /** The filters of the results page; every one optional. */
    record ResultsForm(Long programme, String department, String site, String generation, String seniority) {

        ResultScope scope() {
            return new ResultScope(programme, department, site, generation, seniority);
        }
    }

    @GetMapping("/results")
    String results(@ModelAttribute("filters") ResultsForm filters, Model model) {
        model.addAttribute("figures", results.figures(filters.scope()));
        model.addAttribute("programmes", programs.findAll());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("sites", directory.sites());
        model.addAttribute("generations", Bands.GENERATIONS);
        model.addAttribute("seniorities", Bands.SENIORITY);
        return "feedback/admin-results";
    }

    @GetMapping("/results.csv")
    void csv(@ModelAttribute ResultsForm filters, Locale locale, HttpServletResponse response) throws IOException {
        var rows = ResultRows.of(results.figures(filters.scope()), messages, locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-results.csv\"");
        try (var printer = SpreadsheetCsv.on(response.getOutputStream())) {
            printer.row(header(locale));
            for (var row : rows) {
                printer.row(row.section(), row.item(), row.respondents(), row.value(), row.note());
            }
        }
    }

    @GetMapping("/results.xlsx")
    void xlsx(@ModelAttribute ResultsForm filters, Locale locale, HttpServletResponse response) throws IOException {
        var rows = ResultRows.of(results.figures(filters.scope()), messages, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-results.xlsx\"");
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet(text("feedback.results.title", locale));
            var header = sheet.createRow(0);
            var titles = header(locale);
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            int index = 1;
            for (var row : rows) {
                var line = sheet.createRow(index++);
                line.createCell(0).setCellValue(row.section());
                line.createCell(1).setCellValue(row.item());
                if (row.respondents() != null) {
                    line.createCell(2).setCellValue(row.respondents());
                }
                if (row.value() != null) {
                    line.createCell(3).setCellValue(row.value());
                }
                line.createCell(4).setCellValue(row.note());
            }
            for (int i = 0; i < titles.size(); i++) {
                sheet.setColumnWidth(i, i == 1 ? 60 * 256 : 22 * 256);
            }
            workbook.write(response.getOutputStream());
        }
    }

    private List<String> header(Locale locale) {
        return List.of(
                text("feedback.results.csv.section", locale),
                text("feedback.results.csv.item", locale),
                text("feedback.results.csv.respondents", locale),
                text("feedback.results.csv.value", locale),
                text("feedback.results.csv.note", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
