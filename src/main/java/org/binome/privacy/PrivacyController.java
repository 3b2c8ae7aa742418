package org.binome.privacy;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.binome.shared.LocalPath;
import org.binome.shared.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The information notice (public: linked from every page's footer and the sign-in page) and each person's own privacy
 * page: their data in one click, their consents and withdrawals. Only ever the signed-in person's own data.
 */
@Controller
class PrivacyController {

    private final InformationNotices notices;
    private final ConsentLedger ledger;
    private final PersonalDataExports exports;
    private final ExportRendering rendering;

    PrivacyController(
            InformationNotices notices, ConsentLedger ledger, PersonalDataExports exports, ExportRendering rendering) {
        this.notices = notices;
        this.ledger = ledger;
        this.exports = exports;
        this.rendering = rendering;
    }

    @GetMapping("/privacy/notice")
    String notice(
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String next,
            Locale locale,
            Model model) {
        var current = notices.current();
        var shown = version == null
                ? current
                : notices.version(version)
                        .orElseThrow(() -> RuleViolation.notFound("privacy.notice.unknownVersion", version));
        model.addAttribute("notice", shown);
        model.addAttribute("current", current);
        model.addAttribute("blocks", notices.render(shown, locale));
        model.addAttribute("next", next != null && LocalPath.isLocal(next) ? next : null);
        return "privacy/notice";
    }

    /** "I have read it": records the version the page showed. */
    @PostMapping("/privacy/notice/acknowledge")
    String acknowledge(
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(required = false) String next,
            @AuthenticationPrincipal(expression = "employeeNumber()") String employeeNumber,
            RedirectAttributes redirect) {
        if (employeeNumber == null) {
            throw RuleViolation.forbidden("privacy.person.none");
        }
        notices.acknowledge(employeeNumber, version, "notice-page");
        redirect.addFlashAttribute("flash", "privacy.notice.acknowledged");
        return "redirect:" + LocalPath.orElse(next, "/privacy/me");
    }

    @GetMapping("/privacy/me")
    String mine(@AuthenticationPrincipal(expression = "employeeNumber()") String employeeNumber, Model model) {
        model.addAttribute("employeeNumber", employeeNumber);
        model.addAttribute("notice", notices.current());
        model.addAttribute(
                "acknowledged",
                employeeNumber == null
                        ? null
                        : notices.acknowledgedVersion(employeeNumber).orElse(null));
        model.addAttribute("consents", employeeNumber == null ? java.util.List.of() : ledger.of(employeeNumber));
        return "privacy/mine";
    }

    @PostMapping("/privacy/me/consents/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @AuthenticationPrincipal(expression = "employeeNumber()") String employeeNumber,
            RedirectAttributes redirect) {
        if (employeeNumber == null) {
            throw RuleViolation.notFound("privacy.consent.unknown", id);
        }
        ledger.withdraw(employeeNumber, id);
        redirect.addFlashAttribute("flash", "privacy.consent.withdrawn");
        return "redirect:/privacy/me";
    }

    @GetMapping(value = "/privacy/me/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> json(
            @AuthenticationPrincipal(expression = "employeeNumber()") String employeeNumber, Principal principal) {
        var export = exports.of(employeeNumber, principal.getName(), false);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, rendering.attachment(export, "json"))
                .body(rendering.json(export));
    }

    @GetMapping(value = "/privacy/me/export.html", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> html(
            @AuthenticationPrincipal(expression = "employeeNumber()") String employeeNumber,
            Principal principal,
            Locale locale) {
        var export = exports.of(employeeNumber, principal.getName(), false);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, rendering.attachment(export, "html"))
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(rendering.html(export, locale));
    }

    @GetMapping(value = "/privacy/me/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal(expression = "employeeNumber()") String employeeNumber,
            Principal principal,
            Locale locale) {
        var export = exports.of(employeeNumber, principal.getName(), false);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, rendering.attachment(export, "pdf"))
                .contentType(MediaType.APPLICATION_PDF)
                .body(rendering.pdf(export, locale));
    }
}
