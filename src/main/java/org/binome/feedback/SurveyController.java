package org.binome.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binome.identity.BinomeUser;
import org.binome.programs.Programs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's surveys: the list (to answer, answered, closed), their own before/after per DigComp area, answering
 * one survey and reading one's own answers. Only the invited person reaches an invitation (403 for anyone else).
 */
@Controller
@RequestMapping("/me/surveys")
class SurveyController {

    private final SurveyInvitations invitations;
    private final Answers answers;
    private final SurveyStore surveys;
    private final Programs programs;
    private final Clock clock;

    SurveyController(
            SurveyInvitations invitations, Answers answers, SurveyStore surveys, Programs programs, Clock clock) {
        this.invitations = invitations;
        this.answers = answers;
        this.surveys = surveys;
        this.programs = programs;
        this.clock = clock;
    }

    record Progress(String programme, Map<DigitalArea, Integer[]> levels) {}

    @GetMapping
    String mine(@AuthenticationPrincipal BinomeUser user, Model model) {
        var today = LocalDate.now(clock);
        var mine = user.employeeNumber() == null ? List.<InvitationView>of() : invitations.of(user.employeeNumber());
        model.addAttribute("open", mine.stream().filter(i -> i.openOn(today)).toList());
        model.addAttribute(
                "answered", mine.stream().filter(InvitationView::answered).toList());
        model.addAttribute(
                "closed",
                mine.stream().filter(i -> !i.answered() && !i.openOn(today)).toList());
        var progress = new ArrayList<Progress>();
        mine.stream().map(InvitationView::programId).distinct().forEach(programId -> {
            var levels = answers.ownProgress(programId, user.employeeNumber());
            if (!levels.isEmpty()) {
                progress.add(
                        new Progress(programs.find(programId).map(p -> p.name()).orElse("#" + programId), levels));
            }
        });
        model.addAttribute("progress", progress);
        model.addAttribute("programmeNames", programmeNames(mine));
        return "feedback/mine";
    }

    @GetMapping("/{invitationId}")
    String survey(@PathVariable long invitationId, @AuthenticationPrincipal BinomeUser user, Model model) {
        var invitation = answers.ownInvitation(invitationId, user.employeeNumber());
        var sheet =
                invitation.answered() ? new AnswerSheet(answers.ownAnswers(invitation), Map.of()) : AnswerSheet.EMPTY;
        return page(model, invitation, sheet);
    }

    @PostMapping("/{invitationId}")
    String answer(
            @PathVariable long invitationId,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal BinomeUser user,
            Model model,
            RedirectAttributes redirect) {
        var given = new LinkedHashMap<Long, List<String>>();
        params.forEach((name, values) -> {
            if (name.matches("q\\d{1,18}")) {
                given.put(Long.valueOf(name.substring(1)), values);
            }
        });
        var invitation = answers.ownInvitation(invitationId, user.employeeNumber());
        var problems = answers.submit(invitationId, user.employeeNumber(), given);
        if (!problems.isEmpty()) {
            var sheet = new AnswerSheet(given, problems);
            // The questions are the survey's own, so no form object binds them: the sheet's problems, as the
            // binding result of the sheet, make this a form sent back with errors (422: InvalidFormStatus).
            var errors = new DirectFieldBindingResult(sheet, "sheet");
            problems.values().forEach(errors::reject);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "sheet", errors);
            return page(model, invitation, sheet);
        }
        redirect.addFlashAttribute("flash", "feedback.flash.thanks");
        return "redirect:/me/surveys/" + invitationId;
    }

    private String page(Model model, InvitationView invitation, AnswerSheet sheet) {
        var version = surveys.version(invitation.versionId());
        model.addAttribute("invitation", invitation);
        model.addAttribute("survey", version.content());
        model.addAttribute("questions", answers.questionsFor(invitation));
        model.addAttribute("sheet", sheet);
        model.addAttribute("open", invitation.openOn(LocalDate.now(clock)));
        model.addAttribute(
                "programme",
                programs.find(invitation.programId()).map(p -> p.name()).orElse(""));
        model.addAttribute("areas", DigitalArea.values());
        return "feedback/survey";
    }

    private Map<Long, String> programmeNames(List<InvitationView> mine) {
        var names = new LinkedHashMap<Long, String>();
        for (var invitation : mine) {
            names.computeIfAbsent(
                    invitation.programId(),
                    id -> programs.find(id).map(p -> p.name()).orElse("#" + id));
        }
        return names;
    }
}
