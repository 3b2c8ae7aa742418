package org.binome.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.binome.shared.RuleViolation;
import org.binome.shared.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' privacy tools (under {@code /admin}, so administrators only): the audit log and its verification,
 * a person's export (for a request received by mail) and erasure, the notice's versions, the retention report and the
 * record of processing for the data protection officer. Every export and erasure is itself audited.
 */
@Controller
class PrivacyAdminController {

    private final AuditLog audit;
    private final PersonalDataExports exports;
    private final ExportRendering rendering;
    private final Erasures erasures;
    private final InformationNotices notices;
    private final Retention retention;
    private final RecordOfProcessing record;
    private final MessageSource messages;
    private final ZoneId zone;

    PrivacyAdminController(
            AuditLog audit,
            PersonalDataExports exports,
            ExportRendering rendering,
            Erasures erasures,
            InformationNotices notices,
            Retention retention,
            RecordOfProcessing record,
            MessageSource messages,
            ZoneId zone) {
        this.audit = audit;
        this.exports = exports;
        this.rendering = rendering;
        this.erasures = erasures;
        this.notices = notices;
        this.retention = retention;
        this.record = record;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/admin/privacy")
    String home(@RequestParam(required = false) String number, Model model) {
        model.addAttribute("number", number == null ? "" : number.strip());
        if (number != null && !number.isBlank()) {
            var person = number.strip();
            var export = exports.gather(person);
            model.addAttribute("export", export);
            model.addAttribute("found", !export.isEmpty());
            model.addAttribute("obstacles", erasures.obstacles(person));
        }
        return "privacy/admin";
    }

    @GetMapping(value = "/admin/privacy/people/{number}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> exportJson(@PathVariable String number, Principal admin) {
        var export = exports.of(number, admin.getName(), true);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, rendering.attachment(export, "json"))
                .body(rendering.json(export));
    }

    @GetMapping(value = "/admin/privacy/people/{number}/export.html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> exportHtml(@PathVariable String number, Principal admin, Locale locale) {
        var export = exports.of(number, admin.getName(), true);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, rendering.attachment(export, "html"))
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(rendering.html(export, locale));
    }

    @GetMapping(value = "/admin/privacy/people/{number}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> exportPdf(@PathVariable String number, Principal admin, Locale locale) {
        var export = exports.of(number, admin.getName(), true);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, rendering.attachment(export, "pdf"))
                .contentType(MediaType.APPLICATION_PDF)
                .body(rendering.pdf(export, locale));
    }

    /**
     * Erases a person. The administrator types the employee number again to confirm; a running pair or circle refuses
     * unless "end them first" is ticked (the partners are told).
     */
    @PostMapping("/admin/privacy/people/{number}/erase")
    String erase(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String confirmation,
            @RequestParam(defaultValue = "false") boolean endRunning,
            Principal admin,
            RedirectAttributes redirect) {
        if (!confirmation.strip().equals(number)) {
            throw RuleViolation.invalid("privacy.erasure.confirmation", number);
        }
        var pseudonym = erasures.erase(number, endRunning, admin.getName(), Erasures.Reason.REQUEST);
        redirect.addFlashAttribute("flash", "privacy.erasure.done");
        redirect.addFlashAttribute("pseudonym", pseudonym);
        return "redirect:/admin/privacy";
    }

    @GetMapping("/admin/privacy/audit")
    String audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            Model model) {
        var search = new AuditLog.Search(
                actor,
                subject,
                action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        model.addAttribute("entries", audit.search(search, 200));
        model.addAttribute("actions", audit.actions());
        model.addAttribute("actor", actor);
        model.addAttribute("subject", subject);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "privacy/audit";
    }

    @PostMapping("/admin/privacy/audit/verify")
    String verify(Principal admin, Model model, HttpServletResponse response) {
        var verification = audit.verify();
        audit.record(
                admin.getName(),
                "AUDIT_LOG_VERIFIED",
                "audit-log",
                null,
                verification.intact() ? "intact" : "broken at " + verification.firstBrokenSeq());
        model.addAttribute("verification", verification);
        model.addAttribute("entries", audit.search(new AuditLog.Search(null, null, null, null, null), 200));
        model.addAttribute("actions", audit.actions());
        if (!verification.intact()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return "privacy/audit";
    }

    @GetMapping("/admin/privacy/notice")
    String noticeForm(Model model) {
        var current = notices.current();
        model.addAttribute("current", current);
        model.addAttribute("textFr", current.textFr());
        model.addAttribute("textEn", current.textEn());
        model.addAttribute("versions", notices.versions());
        return "privacy/notice-edit";
    }

    @PostMapping("/admin/privacy/notice")
    String publishNotice(
            @RequestParam(defaultValue = "") String textFr,
            @RequestParam(defaultValue = "") String textEn,
            @RequestParam(defaultValue = "0") int basedOn,
            Principal admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (textFr.isBlank() || textEn.isBlank()) {
                throw RuleViolation.invalid("privacy.notice.blank");
            }
            if (textFr.length() > 50_000 || textEn.length() > 50_000) {
                throw RuleViolation.invalid("privacy.notice.tooLong");
            }
            var published = notices.publish(textFr, textEn, basedOn, admin.getName());
            audit.record(admin.getName(), "NOTICE_PUBLISHED", "notice:" + published.version(), null, null);
            redirect.addFlashAttribute("flash", "privacy.notice.published");
            return "redirect:/admin/privacy/notice";
        } catch (RuleViolation e) {
            // Every refusal of this form is shown in place, with the texts as typed; the status follows its kind.
            response.setStatus(e.kind().status());
            model.addAttribute("refusal", e);
        }
        model.addAttribute("current", notices.current());
        model.addAttribute("textFr", textFr);
        model.addAttribute("textEn", textEn);
        model.addAttribute("versions", notices.versions());
        return "privacy/notice-edit";
    }

    @GetMapping("/admin/privacy/retention")
    String retention(Model model) {
        model.addAttribute("lines", retention.run(true));
        model.addAttribute("enabled", retention.enabled());
        return "privacy/retention";
    }

    @GetMapping("/admin/privacy/record")
    String record(Model model, Locale locale) {
        model.addAttribute("controller", record.controller(locale));
        model.addAttribute("dpo", record.dpoContact());
        model.addAttribute("categories", RecordOfProcessing.CATEGORIES);
        model.addAttribute("measures", RecordOfProcessing.MEASURES);
        model.addAttribute("retentions", record.retentions());
        return "privacy/record";
    }

    @GetMapping("/admin/privacy/record.csv")
    void recordCsv(Locale locale, HttpServletResponse response, Principal admin) throws IOException {
        audit.record(admin.getName(), "RECORD_OF_PROCESSING_EXPORTED", "record", null, null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"record-of-processing.csv\"");
        try (var printer = SpreadsheetCsv.on(response.getOutputStream())) {
            printer.row(
                    text("privacy.record.csv.section", locale),
                    text("privacy.record.csv.item", locale),
                    text("privacy.record.csv.detail", locale));
            printer.row(text("privacy.record.controller", locale), record.controller(locale), "");
            printer.row(text("privacy.record.dpo", locale), record.dpoContact(), "");
            for (var category : RecordOfProcessing.CATEGORIES) {
                printer.row(
                        text("privacy.record.categories", locale),
                        text("privacy.record.category." + category, locale),
                        text("privacy.record.category." + category + ".recipients", locale));
            }
            for (var line : record.retentions()) {
                printer.row(
                        text("privacy.record.retention", locale),
                        text("privacy.retention.name." + line.key(), locale),
                        line.duration().toDays() + " " + text("privacy.record.days", locale));
            }
            for (var measure : RecordOfProcessing.MEASURES) {
                printer.row(
                        text("privacy.record.measures", locale), text("privacy.record.measure." + measure, locale), "");
            }
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
