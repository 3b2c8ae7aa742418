package org.binome.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/** An upload beyond the configured size is refused before any controller sees it: explain it, in the right form. */
@ControllerAdvice
class UploadLimit {

    private final MessageSource messages;
    private final HrImport hrImport;

    UploadLimit(MessageSource messages, HrImport hrImport) {
        this.messages = messages;
        this.hrImport = hrImport;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        var detail = messages.getMessage(
                "import.error.tooLarge", new Object[] {hrImport.maxSize().toMegabytes()}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail));
        }
        var location = request.getContextPath() + "/admin/people/import";
        RequestContextUtils.getOutputFlashMap(request).put("importError", detail);
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(java.net.URI.create(location))
                .build();
    }
}
