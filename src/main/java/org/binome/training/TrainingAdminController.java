package org.binome.training;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binome.identity.AccountView;
import org.binome.identity.Accounts;
import org.binome.identity.Role;
import org.binome.people.Directory;
import org.binome.people.PersonView;
import org.binome.programs.ApplicationView;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramView;
import org.binome.programs.Programs;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators edit a programme's training paths, see who has not finished, and form codevelopment circles. */
@Controller
@RequestMapping("/admin/programmes/{programId}")
class TrainingAdminController {

    private final Programs programs;
    private final TrainingPaths paths;
    private final Circles circles;
    private final Directory directory;
    private final Accounts accounts;

    TrainingAdminController(
            Programs programs, TrainingPaths paths, Circles circles, Directory directory, Accounts accounts) {
        this.accounts = accounts;
        this.programs = programs;
        this.paths = paths;
        this.circles = circles;
        this.directory = directory;
    }

    /** Someone accepted in the programme who has not completed every module of their path. */
    record Unfinished(String employeeNumber, String name, ParticipantRole role, long done, int total) {}

    @GetMapping("/training")
    @Transactional
    String path(@PathVariable long programId, Model model) {
        var program = program(programId);
        paths.ensureDefaults(programId);
        var byRole = new LinkedHashMap<ParticipantRole, List<ModuleView>>();
        var unfinished = new ArrayList<Unfinished>();
        for (var role : ParticipantRole.values()) {
            var modules = paths.modules(programId, role);
            byRole.put(role, modules);
            for (var applicant : programs.acceptedApplicants(programId, role)) {
                var done = paths.completedBy(applicant.employeeNumber(), programId);
                long count = modules.stream().filter(m -> done.contains(m.id())).count();
                if (count < modules.size()) {
                    unfinished.add(new Unfinished(
                            applicant.employeeNumber(),
                            nameOf(applicant.employeeNumber()),
                            role,
                            count,
                            modules.size()));
                }
            }
        }
        model.addAttribute("program", program);
        model.addAttribute("paths", byRole);
        model.addAttribute("unfinished", unfinished);
        return "training/admin-path";
    }

    @GetMapping("/training/new")
    String create(@PathVariable long programId, @RequestParam ParticipantRole role, Model model) {
        return form(model, program(programId), role, ModuleForm.blank(), null);
    }

    @PostMapping("/training")
    @Transactional
    String create(
            @PathVariable long programId,
            @RequestParam ParticipantRole role,
            @Valid @ModelAttribute("form") ModuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var program = program(programId);
        var errors = FormErrors.readable(form, binding, model);
        var quiz = form.validate(errors);
        if (errors.hasErrors()) {
            return form(model, program, role, form, null);
        }
        paths.ensureDefaults(programId);
        paths.replaceQuiz(paths.add(programId, role, form), quiz);
        redirect.addFlashAttribute("flash", "training.flash.saved");
        return "redirect:/admin/programmes/" + programId + "/training";
    }

    @GetMapping("/training/{moduleId}/edit")
    String edit(@PathVariable long programId, @PathVariable long moduleId, Model model) {
        var module = module(programId, moduleId);
        return form(
                model,
                program(programId),
                module.role(),
                ModuleForm.of(module, paths.correctChoices(moduleId)),
                module);
    }

    @PostMapping("/training/{moduleId}")
    @Transactional
    String update(
            @PathVariable long programId,
            @PathVariable long moduleId,
            @RequestParam int version,
            @Valid @ModelAttribute("form") ModuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var module = module(programId, moduleId);
        var errors = FormErrors.readable(form, binding, model);
        var quiz = form.validate(errors);
        if (!errors.hasErrors() && module.version() != version) {
            errors.reject("training.error.conflict");
            response.setStatus(409);
            return form(model, program(programId), module.role(), form, module);
        }
        if (errors.hasErrors()) {
            return form(model, program(programId), module.role(), form, module);
        }
        paths.update(moduleId, version, form);
        var current = QuizText.format(module, paths.correctChoices(moduleId));
        if (!current.strip()
                .equals(form.quiz() == null ? "" : form.quiz().strip().replace("\r\n", "\n"))) {
            paths.replaceQuiz(moduleId, quiz);
        }
        redirect.addFlashAttribute("flash", "training.flash.saved");
        return "redirect:/admin/programmes/" + programId + "/training";
    }

    @PostMapping("/training/{moduleId}/move")
    @Transactional
    String move(@PathVariable long programId, @PathVariable long moduleId, @RequestParam String direction) {
        module(programId, moduleId);
        paths.move(moduleId, "up".equals(direction) ? -1 : 1);
        return "redirect:/admin/programmes/" + programId + "/training#module-" + moduleId;
    }

    @PostMapping("/training/{moduleId}/remove")
    @Transactional
    String remove(@PathVariable long programId, @PathVariable long moduleId, RedirectAttributes redirect) {
        module(programId, moduleId);
        paths.remove(moduleId);
        redirect.addFlashAttribute("flash", "training.flash.removed");
        return "redirect:/admin/programmes/" + programId + "/training";
    }

    // ---- circles ------------------------------------------------------------------------------------------------

    @GetMapping("/circles")
    @Transactional(readOnly = true)
    String circles(@PathVariable long programId, Model model) {
        var program = program(programId);
        var suggestion = circles.suggest(programId);
        var first = suggestion.isEmpty() ? List.<String>of() : suggestion.get(0);
        var facilitators = facilitators();
        var facilitator = facilitators.stream()
                .findFirst()
                .map(AccountView::employeeNumber)
                .orElse("");
        return circlesPage(
                model, program, new CircleForm("", facilitator, first, 4, ""), null, facilitators, suggestion);
    }

    @PostMapping("/circles")
    @Transactional
    String formCircle(
            @PathVariable long programId,
            @Valid @ModelAttribute("form") CircleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var program = program(programId);
        if (binding.hasErrors()) {
            FormErrors.readable(form, binding, model);
            return circlesPage(model, program, form, null);
        }
        try {
            circles.form(
                    programId,
                    form.name(),
                    form.facilitator(),
                    form.members() == null ? List.of() : form.members(),
                    form.cadenceWeeks() == null ? 0 : form.cadenceWeeks(),
                    form.place());
        } catch (RuleViolation e) {
            response.setStatus(e.kind().status());
            return circlesPage(model, program, form, e);
        }
        redirect.addFlashAttribute("flash", "training.flash.circleFormed");
        return "redirect:/admin/programmes/" + programId + "/circles";
    }

    @PostMapping("/circles/{circleId}/leave")
    @Transactional
    String leave(
            @PathVariable long programId,
            @PathVariable long circleId,
            @RequestParam String employeeNumber,
            RedirectAttributes redirect) {
        var circle = circles.find(circleId)
                .filter(c -> c.programId() == programId)
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
        circles.leave(circle.id(), employeeNumber);
        redirect.addFlashAttribute(
                "flash",
                circle.activeMembers().size() - 1 < Circles.MIN_MEMBERS
                        ? "training.flash.memberLeftTooFew"
                        : "training.flash.memberLeft");
        return "redirect:/admin/programmes/" + programId + "/circles";
    }

    /** Circles with attendance and counts only: what is said in a circle stays in it. */
    record CircleAttendance(CircleView circle, int sessionsHeld, int planned, Map<String, Long> attendance) {}

    private String circlesPage(Model model, ProgramView program, CircleForm form, RuleViolation refusal) {
        return circlesPage(model, program, form, refusal, facilitators(), circles.suggest(program.id()));
    }

    /** The circles page with the facilitators and the suggested groups already read (each read once a page). */
    private String circlesPage(
            Model model,
            ProgramView program,
            CircleForm form,
            RuleViolation refusal,
            List<AccountView> facilitators,
            List<List<String>> suggestion) {
        var list = circles.ofProgram(program.id()).stream()
                .map(c -> {
                    var sessions = circles.sessions(c.id());
                    var attendance = new LinkedHashMap<String, Long>();
                    c.members()
                            .forEach(m -> attendance.put(
                                    m.employeeNumber(),
                                    sessions.stream()
                                            .filter(s -> s.attendees().contains(m.employeeNumber()))
                                            .count()));
                    int held = (int) sessions.stream()
                            .filter(s -> s.status() == SessionView.SessionStatus.DONE)
                            .count();
                    return new CircleAttendance(c, held, sessions.size() - held, attendance);
                })
                .toList();
        var numbers = programs.acceptedApplicants(program.id(), ParticipantRole.MENTOR).stream()
                .map(ApplicationView::employeeNumber)
                .toList();
        var people = new java.util.HashMap<String, PersonView>();
        directory.findAll(numbers).forEach(p -> people.put(p.employeeNumber(), p));
        var mentors = numbers.stream()
                .map(people::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        model.addAttribute("program", program);
        model.addAttribute("circles", list);
        model.addAttribute("mentors", mentors);
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("form", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("facilitators", facilitators);
        model.addAttribute("minMembers", Circles.MIN_MEMBERS);
        model.addAttribute("maxMembers", Circles.MAX_MEMBERS);
        return "training/admin-circles";
    }

    private String form(Model model, ProgramView program, ParticipantRole role, ModuleForm form, ModuleView module) {
        model.addAttribute("program", program);
        model.addAttribute("role", role);
        model.addAttribute("form", form);
        model.addAttribute("module", module);
        return "training/admin-module";
    }

    private List<AccountView> facilitators() {
        return accounts.enabledHolding(Role.FACILITATOR).stream()
                .filter(a -> a.employeeNumber() != null)
                .toList();
    }

    private ProgramView program(long programId) {
        return programs.find(programId).orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
    }

    private ModuleView module(long programId, long moduleId) {
        return paths.module(moduleId)
                .filter(m -> m.programId() == programId)
                .orElseThrow(() -> RuleViolation.notFound("training.error.notFound"));
    }

    private String nameOf(String employeeNumber) {
        return directory.find(employeeNumber).map(PersonView::fullName).orElse(employeeNumber);
    }
}
