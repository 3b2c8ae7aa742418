package org.binome.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one "validate → 422 → re-render" rule: a submitted form that comes back as a page (not a redirect) with errors in
 * its binding result answers 422 Unprocessable Content. A controller checks {@code @Valid} form with its
 * {@code BindingResult} and simply returns its page when there are errors; a status it set itself (409 for a
 * conflict, for instance) is kept.
 */
class InvalidFormStatus implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null
                || HttpMethod.GET.matches(request.getMethod())
                || response.getStatus() != HttpStatus.OK.value()
                || isRedirect(page)) {
            return;
        }
        boolean invalid = page.getModelMap().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        if (invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }

    private static boolean isRedirect(ModelAndView page) {
        var name = page.getViewName();
        return name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
    }
}
