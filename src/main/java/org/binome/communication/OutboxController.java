package org.binome.communication;

import java.time.Clock;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' view of the e-mail outbox: what was prepared, sent, kept or refused, and why. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private final Outbox outbox;
    private final Clock clock;
    private final String mailHost;

    OutboxController(Outbox outbox, Clock clock, @Value("${spring.mail.host:}") String mailHost) {
        this.outbox = outbox;
        this.clock = clock;
        this.mailHost = mailHost;
    }

    @GetMapping
    String list(@RequestParam(name = "status", required = false) String status, Model model) {
        var filter = status == null || status.isBlank() ? null : parse(status);
        model.addAttribute("mails", outbox.latest(filter == null ? null : filter.name(), 200));
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("status", filter);
        model.addAttribute("mailHost", mailHost);
        return "communication/outbox";
    }

    @GetMapping("/{id}")
    String mail(@PathVariable long id, Model model) {
        var mail = outbox.find(id).orElseThrow(() -> RuleViolation.notFound("outbox.error.notFound"));
        // A pair's meeting link or a circle's place belongs to its recipients: not even in the model.
        boolean confidential = MailCategory.isPrivate(mail.category());
        model.addAttribute("mail", confidential ? mail.withoutBody() : mail);
        model.addAttribute("confidential", confidential);
        model.addAttribute(
                "attachments",
                outbox.attachments(id).stream()
                        .map(a -> new Outbox.AttachmentLine(a.name(), a.contentType(), a.content().length))
                        .toList());
        return "communication/outbox-mail";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        var retried = outbox.retryNow(id, clock.instant());
        redirect.addFlashAttribute("flash", retried ? "outbox.retried" : "outbox.notRetried");
        return "redirect:/admin/outbox/" + id;
    }

    private static MailStatus parse(String status) {
        try {
            return MailStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
