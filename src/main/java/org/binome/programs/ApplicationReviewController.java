package org.binome.programs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.shared.Paging;
import org.binome.shared.ReaderDates;
import org.binome.shared.RuleViolation;
import org.binome.shared.SelectOption;
import org.binome.skills.Skills;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators review the applications people made: filter, read, decide one by one or in bulk. */
@Controller
@RequestMapping("/admin/programmes/{id}/applications")
class ApplicationReviewController {

    record Filters(String role, String status, String department, String site, String skill) {}

    /**
     * One line of the list, its words already in the reader's language: written out in the template, a line took some
     * sixteen expressions and two message lookups (like the pairs table's rows before {@code PairRow}).
     */
    record Row(
            long id,
            String checkbox,
            String selection,
            boolean withdrawn,
            String name,
            String role,
            String department,
            String site,
            String statusClass,
            String statusLabel,
            String submitted) {

        static Row of(ListedApplication a, PersonView person, MessageSource messages, ZoneId zone, Locale locale) {
            return new Row(
                    a.id(),
                    "sel-" + a.id(),
                    a.id() + ":" + a.version(),
                    a.status() == ApplicationStatus.WITHDRAWN,
                    person != null ? person.fullName() : a.employeeNumber(),
                    messages.getMessage("programs.role." + a.role().name(), null, locale),
                    person != null ? person.department() : "—",
                    site(a, person),
                    "app-" + a.status().name().toLowerCase(Locale.ROOT),
                    messages.getMessage(
                            "programs.application.status." + a.status().name(), null, locale),
                    ReaderDates.dateTime(a.submittedAt(), zone, locale));
        }

        /** The site the application gives, else the applicant's in the directory: the one the list shows and filters. */
        private static String site(ListedApplication application, PersonView person) {
            var site = application.site();
            if ((site == null || site.isBlank()) && person != null) {
                return person.site();
            }
            return site;
        }
    }

    private final Programs programs;
    private final ApplicationRepository applications;
    private final ApplicationRecords records;
    private final ApplicationReview review;
    private final ApplicationCounts counts;
    private final Directory directory;
    private final Skills skills;
    private final MessageSource messages;
    private final ZoneId zone;

    ApplicationReviewController(
            Programs programs,
            ApplicationRepository applications,
            ApplicationRecords records,
            ApplicationReview review,
            ApplicationCounts counts,
            Directory directory,
            Skills skills,
            MessageSource messages,
            ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.programs = programs;
        this.applications = applications;
        this.records = records;
        this.review = review;
        this.counts = counts;
        this.directory = directory;
        this.skills = skills;
    }

    @GetMapping
    String list(
            @PathVariable long id,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String skill,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        var filters = new Filters(
                blankToNull(role), blankToNull(status), blankToNull(department), blankToNull(site), blankToNull(skill));
        var program = program(id);
        var counted = counts.of(program);
        var filter = filter(filters);
        // by role and status, the counts table already says how many: no second count of the programme
        var paging = Paging.of(page, size);
        var listed = filter.byRoleAndStatusOnly()
                ? records.listed(id, filter, paging, kept(counted, filters))
                : records.listed(id, filter, paging);
        model.addAttribute("program", program);
        model.addAttribute("filters", filters);
        model.addAttribute("rows", rows(listed.rows(), locale));
        model.addAttribute("total", listed.total());
        // after a refused decision (a POST, its form's fields no filters of the list) the links go to the list's pages
        model.addAttribute(
                "pager",
                "GET".equals(request.getMethod())
                        ? listed.paging().pager(listed.total(), false, request)
                        : listed.paging()
                                .pager(
                                        listed.total(),
                                        false,
                                        request.getContextPath() + "/admin/programmes/" + id + "/applications",
                                        Map.of()));
        model.addAttribute("counts", counted);
        if (htmx != null) {
            return "programs/admin-applications :: results";
        }
        model.addAttribute("departments", directory.departments());
        model.addAttribute("sites", sites(id));
        model.addAttribute("skillChoices", skillChoices(filters.skill(), locale));
        model.addAttribute("applicationStatuses", ApplicationStatus.values());
        model.addAttribute("participantRoles", ParticipantRole.values());
        return "programs/admin-applications";
    }

    @GetMapping("/{applicationId}")
    String detail(@PathVariable long id, @PathVariable long applicationId, Model model, Locale locale) {
        var application = applications
                .findById(applicationId)
                .filter(a -> a.programId == id)
                .map(Application::view)
                .orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
        model.addAttribute("program", program(id));
        model.addAttribute("app", application);
        model.addAttribute(
                "person", directory.find(application.employeeNumber()).orElse(null));
        model.addAttribute("catalogue", skills.catalogue(locale));
        model.addAttribute("wishedPeople", people(application.wishedPeople()));
        model.addAttribute("avoidedPeople", people(application.avoidedPeople()));
        return "programs/admin-application";
    }

    @PostMapping("/{applicationId}/decision")
    String decideOne(
            @PathVariable long id,
            @PathVariable long applicationId,
            @RequestParam int version,
            @RequestParam ApplicationStatus decision,
            @RequestParam(required = false) String message,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            review.decide(
                    id,
                    List.of(new ApplicationReview.Seen(applicationId, version)),
                    decision,
                    message,
                    user.getUsername());
        } catch (RuleViolation e) {
            response.setStatus(e.kind().status());
            model.addAttribute("refusal", e);
            model.addAttribute("typedMessage", message);
            return detail(id, applicationId, model, locale);
        }
        redirect.addFlashAttribute("flash", "programs.flash.decision." + decision.name());
        return "redirect:/admin/programmes/" + id + "/applications/" + applicationId;
    }

    /** Each selected row arrives as "id:version", so a row someone changed meanwhile is caught. */
    @PostMapping("/decision")
    String decideMany(
            @PathVariable long id,
            @RequestParam(name = "selected", required = false) List<String> selected,
            @RequestParam ApplicationStatus decision,
            @RequestParam(required = false) String message,
            @AuthenticationPrincipal BinomeUser user,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        var seen = new ArrayList<ApplicationReview.Seen>();
        for (var item : selected == null ? List.<String>of() : selected) {
            var parts = item.split(":");
            try {
                seen.add(new ApplicationReview.Seen(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
            } catch (RuntimeException e) {
                throw RuleViolation.invalid("programs.review.error.none");
            }
        }
        try {
            review.decide(id, seen, decision, message, user.getUsername());
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.kind().status());
            model.addAttribute("refusal", e);
            model.addAttribute("typedMessage", message);
            return list(id, null, null, null, null, null, 0, null, null, request, model, locale);
        }
        redirect.addFlashAttribute("flash", "programs.flash.decision." + decision.name());
        return "redirect:/admin/programmes/" + id + "/applications";
    }

    private ProgramView program(long id) {
        return programs.find(id).orElseThrow(() -> RuleViolation.notFound("programs.error.notFound"));
    }

    /**
     * The list's filters as the database applies them: a department or a site is first turned into the directory's
     * people of it.
     */
    private ApplicationRecords.ListFilter filter(Filters f) {
        return new ApplicationRecords.ListFilter(
                f.role(),
                f.status(),
                f.skill(),
                f.department() == null ? null : directory.employeeNumbersOf(f.department(), null),
                f.site(),
                f.site() == null ? null : directory.employeeNumbersOf(null, f.site()));
    }

    /** How many applications of these counts have the role and status filtered on (null: any). */
    private static int kept(List<ApplicationCounts.RoleCount> counts, Filters f) {
        long kept = 0;
        for (var count : counts) {
            if (f.role() == null || count.role().name().equals(f.role())) {
                for (var status : ApplicationStatus.values()) {
                    if (f.status() == null || status.name().equals(f.status())) {
                        kept += count.count(status);
                    }
                }
            }
        }
        return Math.toIntExact(kept);
    }

    /** A page's applications with their applicants, read in one directory query. */
    private List<Row> rows(List<ListedApplication> applications, Locale locale) {
        var people = new HashMap<String, PersonView>();
        directory
                .findAll(applications.stream()
                        .map(ListedApplication::employeeNumber)
                        .toList())
                .forEach(p -> people.put(p.employeeNumber(), p));
        return applications.stream()
                .map(a -> Row.of(a, people.get(a.employeeNumber()), messages, zone, locale))
                .toList();
    }

    /**
     * The sites the list offers to filter on: the directory's and those the applications give, each once, in order.
     */
    private List<String> sites(long programId) {
        var sites = new java.util.TreeSet<String>();
        directory.sites().stream().filter(s -> s != null && !s.isBlank()).forEach(sites::add);
        sites.addAll(records.sitesGiven(programId));
        return List.copyOf(sites);
    }

    /** These people of the directory, in the order given, those who exist. */
    private List<PersonView> people(List<String> numbers) {
        var found = new HashMap<String, PersonView>();
        directory.findAll(numbers).forEach(p -> found.put(p.employeeNumber(), p));
        return numbers.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** The skill filter's options: every skill, then the catalogue, the one filtered on chosen. */
    private List<SelectOption> skillChoices(String chosen, Locale locale) {
        var catalogue = skills.catalogue(locale);
        var options = new ArrayList<SelectOption>(catalogue.size() + 1);
        options.add(new SelectOption("", messages.getMessage("programs.filter.all", null, locale), chosen == null));
        for (var skill : catalogue) {
            options.add(new SelectOption(
                    skill.code(), skill.name(locale), skill.code().equals(chosen)));
        }
        return options;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
