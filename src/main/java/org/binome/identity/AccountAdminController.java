package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.binome.shared.Paging;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration: the list, one account's page and its actions, and invitations. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountDirectory list;
    private final AccountAdministration administration;
    private final AccountInvitations invitations;
    private final InvitationJobs jobs;
    private final UserAccountRepository repository;
    private final AccountTokens tokens;
    private final AccountAudit audit;
    private final EmployeeDirectory directory;
    private final AccountPersonLinks personLinks;
    /** Where the e-mailed links lead ({@code BINOME_BASE_URL}), shown before inviting anyone. */
    private final String linkBase;

    /** The administrator's form linking an account to its holder in the directory. */
    record LinkPersonForm(
            @jakarta.validation.constraints.NotNull Integer version,

            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 254)
            String person) {}

    AccountAdminController(
            AccountDirectory list,
            AccountAdministration administration,
            AccountInvitations invitations,
            InvitationJobs jobs,
            UserAccountRepository repository,
            AccountTokens tokens,
            AccountAudit audit,
            EmployeeDirectory directory,
            AccountPersonLinks personLinks,
            @Value("${binome.base-url:http://localhost:8080}") String linkBase) {
        this.personLinks = personLinks;
        this.linkBase = linkBase;
        this.list = list;
        this.administration = administration;
        this.invitations = invitations;
        this.jobs = jobs;
        this.repository = repository;
        this.tokens = tokens;
        this.audit = audit;
        this.directory = directory;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String signIn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            HttpServletRequest request,
            Model model) {
        var criteria = new AccountDirectory.Criteria(
                q,
                parse(Role.class, role),
                parse(AccountStatus.class, status),
                department,
                parse(AccountDirectory.SignIn.class, signIn),
                Paging.of(page, size));
        model.addAttribute("criteria", criteria);
        var result = list.search(criteria);
        model.addAttribute("result", result);
        model.addAttribute("pager", result.paging().pager(result.total(), result.capped(), request));
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", AccountStatus.values());
        model.addAttribute("signIns", AccountDirectory.SignIn.values());
        model.addAttribute("departments", directory.departments());
        return "identity/admin-accounts";
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, Model model) {
        return accountPage(id, model);
    }

    @PostMapping("/{id}/roles")
    String role(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String role,
            @RequestParam boolean granted,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var chosen = parse(Role.class, role);
        return act(id, model, response, redirect, "accounts.saved.roles", () -> {
            if (chosen == null) {
                throw RuleViolation.invalid("accounts.error.roleNotGrantable");
            }
            if (granted) {
                administration.grant(id, version, chosen, admin.getUsername());
            } else {
                administration.revoke(id, version, chosen, admin.getUsername());
            }
        });
    }

    @PostMapping("/{id}/disable")
    String disable(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                response,
                redirect,
                "accounts.saved.disabled",
                () -> administration.disable(id, version, admin.getUsername()));
    }

    @PostMapping("/{id}/enable")
    String enable(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                response,
                redirect,
                "accounts.saved.enabled",
                () -> administration.enable(id, version, admin.getUsername()));
    }

    /** Links an account that belongs to nobody of the directory (the first administrator) to its holder. */
    @PostMapping("/{id}/person")
    String linkPerson(
            @PathVariable long id,
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("linkForm")
                    LinkPersonForm form,
            org.springframework.validation.BindingResult errors,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return accountPage(id, model);
        }
        return act(id, model, response, redirect, "accounts.saved.linked", () -> {
            var person = form.person().strip();
            var number = person.contains("@")
                    ? directory
                            .findByEmail(person)
                            .map(EmployeeDirectory.Employee::employeeNumber)
                            .orElseThrow(() -> RuleViolation.notFound("accounts.link.error.unknown", person))
                    : person;
            personLinks.link(id, form.version(), number, admin.getUsername());
        });
    }

    @PostMapping("/{id}/invitation/resend")
    String resend(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                response,
                redirect,
                "accounts.saved.resent",
                () -> administration.resendInvitation(id, version, admin.getUsername()));
    }

    @PostMapping("/{id}/invitation/revoke")
    String revoke(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                response,
                redirect,
                "accounts.saved.revoked",
                () -> administration.revokeInvitation(id, version, admin.getUsername()));
    }

    @GetMapping("/invite")
    String inviteForm(@RequestParam(required = false) String person, Model model) {
        model.addAttribute("person", person);
        return invitePage(model);
    }

    @PostMapping("/invite")
    String invite(
            @RequestParam String kind,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String selection,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String programme,
            @RequestParam(defaultValue = "false") boolean resend,
            @AuthenticationPrincipal BinomeUser admin,
            Model model,
            HttpServletResponse response) {
        var chosen = parse(InvitationAudience.Kind.class, kind);
        try {
            if (chosen == null) {
                throw RuleViolation.invalid("invitations.error.nobody");
            }
            var audience = switch (chosen) {
                case PERSON -> new InvitationAudience(chosen, required(person), List.of());
                case SELECTION -> new InvitationAudience(chosen, null, invitations.parseSelection(selection));
                case DEPARTMENT -> new InvitationAudience(chosen, required(department), List.of());
                case SITE -> new InvitationAudience(chosen, required(site), List.of());
                case PROGRAMME -> new InvitationAudience(chosen, number(programme), List.of());
                case EVERYONE -> new InvitationAudience(chosen, null, List.of());
            };
            long job = invitations.start(audience, resend, admin.getUsername());
            return "redirect:/admin/accounts/invitations/" + job;
        } catch (RuleViolation refused) {
            response.setStatus(refused.kind().status());
            model.addAttribute("error", refused);
            model.addAttribute("kind", kind);
            model.addAttribute("person", person);
            model.addAttribute("selection", selection);
            return invitePage(model);
        }
    }

    @GetMapping("/invitations/{id}")
    String job(@PathVariable long id, Model model) {
        var job = jobs.find(id).orElseThrow(() -> RuleViolation.notFound("invitations.error.notFound"));
        model.addAttribute("job", job);
        model.addAttribute("problems", jobs.problems(id, 1000));
        return "identity/invitation-job";
    }

    @GetMapping("/invitations/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        var job = jobs.find(id).orElseThrow(() -> RuleViolation.notFound("invitations.error.notFound"));
        model.addAttribute("job", job);
        model.addAttribute("problems", jobs.problems(id, 1000));
        return "identity/invitation-job :: progress";
    }

    private String invitePage(Model model) {
        model.addAttribute("departments", directory.departments());
        model.addAttribute("sites", directory.sites());
        model.addAttribute("programmes", invitations.programmes());
        model.addAttribute("validity", invitations.validity().toDays());
        model.addAttribute("linkBase", linkBase);
        model.addAttribute("linkBaseLocal", onlyThisMachine(linkBase));
        return "identity/invite";
    }

    /**
     * Whether links to this address open only on the server itself (the default {@code http://localhost:8080}, a
     * loopback address): nobody invited could follow them.
     */
    static boolean onlyThisMachine(String base) {
        try {
            var host = java.net.URI.create(base.strip()).getHost();
            if (host == null) {
                return true;
            }
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.equals("localhost")
                    || host.endsWith(".localhost")
                    || host.startsWith("127.")
                    || host.equals("[::1]")
                    || host.equals("0.0.0.0");
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String saved,
            Runnable action) {
        RuleViolation refusal;
        try {
            action.run();
            redirect.addFlashAttribute("flash", saved);
            return "redirect:/admin/accounts/" + id;
        } catch (RuleViolation refused) {
            refusal = refused;
        } catch (org.springframework.dao.OptimisticLockingFailureException concurrent) {
            refusal = RuleViolation.conflict("accounts.error.conflict");
        }
        response.setStatus(refusal.kind().status());
        model.addAttribute("error", refusal);
        return accountPage(id, model);
    }

    private String accountPage(long id, Model model) {
        var account = repository.findById(id).orElseThrow(() -> RuleViolation.notFound("accounts.error.notFound"));
        model.addAttribute("account", AccountDetails.of(account));
        model.addAttribute("roles", account.roleSet());
        model.addAttribute("grantable", List.of(Role.ADMIN, Role.SPONSOR, Role.FACILITATOR));
        model.addAttribute(
                "person",
                account.employeeNumber == null
                        ? null
                        : directory.find(List.of(account.employeeNumber)).stream()
                                .findFirst()
                                .orElse(null));
        model.addAttribute("pendingInvitation", tokens.hasPending(id, AccountTokens.INVITATION));
        model.addAttribute("history", audit.of(id));
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkPersonForm(account.version, ""));
        }
        return "identity/admin-account";
    }

    /** One account as its administration page shows it. */
    record AccountDetails(
            long id,
            int version,
            String displayName,
            String username,
            String email,
            String employeeNumber,
            AccountStatus status,
            java.time.Instant lastSignInAt) {

        static AccountDetails of(UserAccount account) {
            return new AccountDetails(
                    account.id,
                    account.version,
                    account.displayName,
                    account.username,
                    account.email,
                    account.employeeNumber,
                    account.status,
                    account.lastSignInAt);
        }
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("invitations.error.nobody");
        }
        return value.strip();
    }

    private static String number(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw RuleViolation.invalid("invitations.error.nobody");
        }
        return value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
