package org.binome.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The one place where a refused request becomes an answer: the HTTP status is chosen from the kind of refusal, the
 * explanation is translated with its arguments, and the answer is the shared problem page — or, under {@code /api/},
 * an RFC 9457 {@code application/problem+json} document.
 */
@ControllerAdvice
class Refusals {

    private final RefusalText texts;
    private final DataSize maxFileSize;

    Refusals(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.texts = new RefusalText(messages);
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView refused(RuleViolation refusal, HttpServletRequest request) {
        var status = status(refusal.kind());
        var text = texts.of(refusal);
        if (isApi(request)) {
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", text);
            problem.put("instance", request.getRequestURI());
            problem.put("code", refusal.key());
            var view = new JacksonJsonView();
            view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            view.setExtractValueFromSingleKeyModel(true);
            var answer = new ModelAndView(view, Map.of("problem", problem));
            answer.setStatus(status);
            return answer;
        }
        var page = new ModelAndView("shell/problem", status);
        page.addObject("problemText", text);
        page.addObject("problemKey", refusal.key());
        page.addObject("status", status.value());
        return page;
    }

    /**
     * An upload beyond {@code spring.servlet.multipart.max-file-size}, refused by the servlet container before any
     * controller sees it: a refusal like any other, with the limit in its explanation.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        long limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() : maxFileSize.toBytes();
        return refused(
                RuleViolation.invalid(
                        "error.uploadTooLarge", DataSize.ofBytes(limit).toMegabytes()),
                request);
    }

    /** The status for each kind of refusal; domain code never picks one. */
    static HttpStatus status(RuleViolation.Kind kind) {
        return HttpStatus.valueOf(kind.status());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
