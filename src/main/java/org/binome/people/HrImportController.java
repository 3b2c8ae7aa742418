package org.binome.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.shared.SpreadsheetCsv;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's HR import: upload, mapping, preview, import, report; each step can be left and resumed. */
@Controller
class HrImportController {

    private final HrImport hrImport;
    private final ImportJobs jobs;

    HrImportController(HrImport hrImport, ImportJobs jobs) {
        this.hrImport = hrImport;
        this.jobs = jobs;
    }

    @GetMapping("/admin/people/import")
    String upload(Model model) {
        model.addAttribute("jobs", jobs.recent(10));
        model.addAttribute("maxMegabytes", hrImport.maxSize().toMegabytes());
        return "people/import";
    }

    @PostMapping("/admin/people/import")
    String uploaded(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal BinomeUser user,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new ImportRejected("import.error.empty");
            }
            var job = hrImport.upload(file.getOriginalFilename(), file.getInputStream(), user.employeeNumber());
            return "redirect:/admin/people/import/" + job.id();
        } catch (ImportRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", hrImport.explain(e, locale));
            return upload(model);
        }
    }

    @GetMapping("/admin/people/import/{id}")
    String job(@PathVariable long id, Model model) {
        var job = find(id);
        model.addAttribute("job", job);
        model.addAttribute("fields", ImportField.values());
        if (job.status() == ImportStatus.VALIDATED || job.status() == ImportStatus.REJECTED) {
            model.addAttribute("preview", hrImport.preview(job));
            model.addAttribute("columns", hrImport.columns(job).keySet());
        }
        if (job.status() != ImportStatus.MAPPING) {
            model.addAttribute("problemCount", jobs.problemCount(id));
            model.addAttribute("problems", jobs.problems(id, 50));
        }
        return "people/import-job";
    }

    @PostMapping("/admin/people/import/{id}/mapping")
    String map(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var mapping = new EnumMap<ImportField, String>(ImportField.class);
        for (var field : ImportField.values()) {
            var header = form.get("field." + field.name());
            if (header != null && !header.isBlank()) {
                mapping.put(field, header);
            }
        }
        try {
            hrImport.map(id, mapping);
            return "redirect:/admin/people/import/" + id;
        } catch (HrImport.MissingColumns e) {
            return refused(id, hrImport.explainMissing(e, locale), mapping, model, response);
        } catch (ImportRejected e) {
            return refused(id, hrImport.explain(e, locale), mapping, model, response);
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
        } catch (ImportRejected e) {
            return refused(id, hrImport.explain(e, locale), null, model, response);
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
    void errors(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        var job = find(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + job.id() + "-errors.csv\"");
        try (var printer = SpreadsheetCsv.on(response.getOutputStream())) {
            printer.row(
                    hrImport.label("import.report.line", locale),
                    hrImport.label("import.report.column", locale),
                    hrImport.label("import.report.value", locale),
                    hrImport.label("import.report.reason", locale));
            jobs.eachProblem(
                    id,
                    problem -> printer.row(
                            problem.line(), problem.column(), problem.value(), hrImport.reason(problem, locale)));
        }
    }

    private String refused(
            long id, String error, Map<ImportField, String> mapping, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("error", error);
        var view = job(id, model);
        if (mapping != null) {
            model.addAttribute("chosen", mapping);
        }
        return view;
    }

    private ImportJob find(long id) {
        return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
