package org.binome.feedback;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.binome.shared.FormErrors;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey builder: administrators create a survey or edit one (titles, introduction, questions in French and
 * English, their order). Adding, moving and removing a question are buttons of the same form that come back to the
 * page without saving (no script needed); "save" validates and stores. Saving a survey that already has answers
 * creates a new version ({@link SurveyStore#save}); a concurrent edit is refused (409) with the form kept as typed.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyBuilderController {

    /** The moments a new survey can be sent at (every automatic moment). */
    static final List<SurveyMoment> MOMENTS = Arrays.stream(SurveyMoment.values())
            .filter(m -> m != SurveyMoment.MANUAL)
            .toList();

    private final SurveyStore store;

    SurveyBuilderController(SurveyStore store) {
        this.store = store;
    }

    @GetMapping("/new")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SurveyForm.empty());
        }
        return page(null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") SurveyForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) QuestionKind newKind,
            Model model,
            RedirectAttributes redirect) {
        var errors = FormErrors.readable(form, binding, model);
        if (!"save".equals(action)) {
            return rearranged(form, action, newKind, null, model);
        }
        form.check(errors);
        if (errors.hasErrors()) {
            return page(null, model);
        }
        long id = store.create(form.draft(SurveyForm.newCode()), false);
        redirect.addFlashAttribute("flash", "feedback.builder.flash.created");
        return "redirect:/admin/surveys/" + id + "/versions/1";
    }

    @GetMapping("/{surveyId}/edit")
    String edit(@PathVariable long surveyId, Model model) {
        var survey = survey(surveyId);
        if (!model.containsAttribute("form")) {
            var content = store.version(store.currentVersionId(surveyId)).content();
            model.addAttribute("form", SurveyForm.of(survey, content));
        }
        return page(survey, model);
    }

    @PostMapping("/{surveyId}/edit")
    String edit(
            @PathVariable long surveyId,
            @Valid @ModelAttribute("form") SurveyForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) QuestionKind newKind,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = FormErrors.readable(form, binding, model);
        var survey = survey(surveyId);
        if (!"save".equals(action)) {
            return rearranged(form, action, newKind, survey, model);
        }
        form.check(errors);
        if (form.moment() != null && form.moment() != survey.moment()) {
            errors.rejectValue("moment", "feedback.builder.error.moment");
        }
        if (form.version() == null) {
            errors.reject("feedback.error.stale");
        }
        if (errors.hasErrors()) {
            return page(survey, model);
        }
        boolean answered = store.hasAnswers(store.currentVersionId(surveyId));
        try {
            int number = store.save(surveyId, form.version(), form.draft(survey.code()));
            redirect.addFlashAttribute(
                    "flash", answered ? "feedback.builder.flash.newVersion" : "feedback.builder.flash.saved");
            return "redirect:/admin/surveys/" + surveyId + "/versions/" + number;
        } catch (RuleViolation refused) {
            response.setStatus(refused.kind().status());
            model.addAttribute("refusal", refused);
            return page(survey, model);
        }
    }

    /**
     * The form with one question added, moved up or down, or removed; nothing saved, no error shown. The buttons' form
     * action ends with the anchor of the question concerned, so the page comes back scrolled to it.
     */
    private String rearranged(SurveyForm form, String action, QuestionKind newKind, SurveyRow survey, Model model) {
        var questions = new ArrayList<>(form.questions());
        if ("add".equals(action)) {
            if (newKind != null && questions.size() < SurveyForm.MAX_QUESTIONS) {
                questions.add(SurveyForm.QuestionForm.blank(newKind));
            }
        } else {
            var parts = action.split(":", 2);
            int index = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
            if (index >= 0 && index < questions.size()) {
                switch (parts[0]) {
                    case "up" -> {
                        if (index > 0) {
                            questions.add(index - 1, questions.remove(index));
                        }
                    }
                    case "down" -> {
                        if (index < questions.size() - 1) {
                            questions.add(index + 1, questions.remove(index));
                        }
                    }
                    case "remove" -> questions.remove(index);
                    default -> {}
                }
            }
        }
        // a new form object: Spring drops the binding result of the submitted one, so no error shows yet
        model.addAttribute("form", form.with(questions));
        return page(survey, model);
    }

    private String page(SurveyRow survey, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("answered", survey != null && store.hasAnswers(store.currentVersionId(survey.id())));
        model.addAttribute("moments", MOMENTS);
        model.addAttribute("audiences", SurveyAudience.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("areas", DigitalArea.values());
        return "feedback/admin-builder";
    }

    private SurveyRow survey(long surveyId) {
        return store.find(surveyId).orElseThrow(() -> RuleViolation.notFound("feedback.error.notFound"));
    }
}
