package org.binome.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.shared.RuleViolation;
import org.binome.shared.SpreadsheetCsv;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's HR import: upload (CSV or Excel, with a saved mapping or not), the mapping screen with its live
 * preview, the check, the import and its report; each step can be left and resumed, or cancelled.
 */
@Controller
class HrImportController {

    private final HrImport hrImport;
    private final ImportJobs jobs;
    private final ImportPreview preview;
    private final ImportMessages messages;
    private final MappingScreen screen;
    private final SavedMappings saved;

    private final org.binome.privacy.AuditLog audit;

    HrImportController(
            HrImport hrImport,
            ImportJobs jobs,
            ImportPreview preview,
            ImportMessages messages,
            MappingScreen screen,
            SavedMappings saved,
            org.binome.privacy.AuditLog audit) {
        this.audit = audit;
        this.hrImport = hrImport;
        this.jobs = jobs;
        this.preview = preview;
        this.messages = messages;
        this.screen = screen;
        this.saved = saved;
    }

    @GetMapping("/admin/people/import")
    String upload(Model model) {
        model.addAttribute("jobs", jobs.recent(10));
        model.addAttribute("maxMegabytes", hrImport.maxSize().toMegabytes());
        model.addAttribute(
                "savedNames",
                saved.all().stream().map(SavedMappings.Saved::name).toList());
        return "people/import";
    }

    @PostMapping("/admin/people/import")
    String uploaded(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String savedMapping,
            @AuthenticationPrincipal BinomeUser user,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw RuleViolation.invalid("import.error.empty");
            }
            var job = hrImport.upload(
                    file.getOriginalFilename(), file.getInputStream(), user.employeeNumber(), savedMapping);
            return "redirect:/admin/people/import/" + job.id();
        } catch (RuleViolation e) {
            response.setStatus(e.kind().status());
            model.addAttribute("error", messages.explain(e, locale));
            return upload(model);
        }
    }

    @GetMapping("/admin/people/import/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "false") boolean remap, Locale locale, Model model) {
        var job = find(id);
        model.addAttribute("job", job);
        boolean canRemap = job.status() == ImportStatus.VALIDATED || job.status() == ImportStatus.REJECTED;
        if (job.status() == ImportStatus.MAPPING || remap && canRemap && job.storedFile() != null) {
            screen.fill(model, job, job.settings(), locale);
        } else {
            model.addAttribute("notices", messages.notices(job, locale));
        }
        if (canRemap) {
            var lines = preview.checked(job);
            var reasons = new java.util.HashMap<Long, java.util.List<String>>();
            lines.forEach(line -> reasons.put(
                    line.line(),
                    line.problems().stream()
                            .map(p -> messages.reason(p, locale))
                            .toList()));
            model.addAttribute("preview", lines);
            model.addAttribute("checkedReasons", reasons);
            model.addAttribute("columns", ImportPreview.fields(job.settings()));
        }
        if (job.status() != ImportStatus.MAPPING) {
            var problems = jobs.problems(id, 50);
            model.addAttribute("problemCount", jobs.problemCount(id));
            model.addAttribute("problems", problems);
            model.addAttribute(
                    "problemReasons",
                    problems.stream().map(p -> messages.reason(p, locale)).toList());
        }
        return "people/import-job";
    }

    /** The live preview: the first lines as the form's current choices would import them. */
    @PostMapping("/admin/people/import/{id}/preview")
    String livePreview(
            @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Locale locale, Model model) {
        var job = find(id);
        model.addAttribute("job", job);
        var settings = MappingForm.read(form);
        model.addAttribute("settings", settings);
        screen.live(model, job, settings, locale);
        return "people/import-job :: live";
    }

    @PostMapping("/admin/people/import/{id}/sheet")
    String sheet(
            @PathVariable long id,
            @RequestParam(required = false) String sheet,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            hrImport.chooseSheet(id, sheet);
            return "redirect:/admin/people/import/" + id;
        } catch (RuleViolation e) {
            return refused(id, e, null, locale, model, response);
        }
    }

    @PostMapping("/admin/people/import/{id}/mapping")
    String map(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var settings = MappingForm.read(form);
        try {
            hrImport.map(id, settings, form.getFirst("saveAs"));
            return "redirect:/admin/people/import/" + id;
        } catch (RuleViolation e) {
            return refused(id, e, settings, locale, model, response);
        }
    }

    @PostMapping("/admin/people/import/{id}/start")
    String start(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean applyValidOnly,
            @RequestParam(defaultValue = "false") boolean completeDirectory,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        try {
            hrImport.start(id, applyValidOnly, completeDirectory);
            return "redirect:/admin/people/import/" + id;
        } catch (RuleViolation e) {
            return refused(id, e, null, locale, model, response);
        }
    }

    /** Gives up on the file: it is deleted from the server at once. */
    @PostMapping("/admin/people/import/{id}/cancel")
    String cancel(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
        try {
            hrImport.cancel(id);
            return "redirect:/admin/people/import";
        } catch (RuleViolation e) {
            return refused(id, e, null, locale, model, response);
        }
    }

    /** Polled by htmx while a step runs; once it is over, the page reloads to show the outcome. */
    @GetMapping("/admin/people/import/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        var job = find(id);
        if (!job.status().running()) {
            response.setHeader("HX-Redirect", "/admin/people/import/" + id);
        }
        model.addAttribute("job", job);
        return "people/import-job :: progress";
    }

    @GetMapping("/admin/people/import/{id}/errors.csv")
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response, java.security.Principal exporter)
            throws IOException {
        var job = find(id);
        audit.record(exporter.getName(), "IMPORT_PROBLEMS_EXPORTED", "import:" + id, null, null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-errors.csv\"");
        try (var printer = SpreadsheetCsv.on(response.getOutputStream())) {
            printer.row(
                    messages.label("import.report.line", locale),
                    messages.label("import.report.column", locale),
                    messages.label("import.report.value", locale),
                    messages.label("import.report.reason", locale));
            jobs.eachProblem(
                    id,
                    problem -> printer.row(
                            problem.line(), problem.column(), problem.value(), messages.reason(problem, locale)));
        }
    }

    /** The refusal shown in place, at the top of the import's page, with the status its kind calls for. */
    private String refused(
            long id,
            RuleViolation refusal,
            ImportSettings chosen,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        response.setStatus(refusal.kind().status());
        var view = job(id, false, locale, model);
        model.addAttribute("error", messages.explain(refusal, locale));
        if (chosen != null) {
            // the mapping screen comes back with the choices made
            screen.fill(model, find(id), chosen, locale);
        }
        return view;
    }

    private ImportJob find(long id) {
        return jobs.find(id).orElseThrow(() -> RuleViolation.notFound("import.error.noSuchJob"));
    }
}
