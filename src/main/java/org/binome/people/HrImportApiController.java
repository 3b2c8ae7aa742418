package org.binome.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.binome.identity.ApiClient;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.shared.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HR import for automated feeds: a CSV or an Excel file, read with a saved mapping named in {@code mapping} (as a
 * nightly job pushing the same export would) or the proposed one, checked and applied before answering with the report.
 */
@Controller
class HrImportApiController {

    private final HrImport hrImport;
    private final ImportMessages messages;

    HrImportApiController(HrImport hrImport, ImportMessages messages) {
        this.hrImport = hrImport;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/people/import", consumes = "multipart/form-data")
    @ResponseBody
    ResponseEntity<?> importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean applyValidOnly,
            @RequestParam(defaultValue = "false") boolean completeDirectory,
            @RequestParam(required = false) String mapping,
            Authentication caller,
            Locale locale)
            throws IOException {
        var by = startedBy(caller);
        if (by == null) {
            return forbidden();
        }
        if (file == null) {
            return refused(RuleViolation.invalid("import.error.empty"), locale);
        }
        return run(
                file.getOriginalFilename(),
                file.getInputStream(),
                applyValidOnly,
                completeDirectory,
                mapping,
                by,
                locale);
    }

    @PostMapping(
            path = "/api/v1/people/import",
            consumes = {
                "text/csv",
                "text/plain",
                "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @ResponseBody
    ResponseEntity<?> importBody(
            HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean applyValidOnly,
            @RequestParam(defaultValue = "false") boolean completeDirectory,
            @RequestParam(defaultValue = "import.csv") String fileName,
            @RequestParam(required = false) String mapping,
            Authentication caller,
            Locale locale)
            throws IOException {
        var by = startedBy(caller);
        if (by == null) {
            return forbidden();
        }
        return run(fileName, request.getInputStream(), applyValidOnly, completeDirectory, mapping, by, locale);
    }

    private ResponseEntity<?> run(
            String fileName,
            java.io.InputStream content,
            boolean applyValidOnly,
            boolean completeDirectory,
            String mapping,
            String by,
            Locale locale) {
        try {
            var job = hrImport.importNow(fileName, content, applyValidOnly, completeDirectory, by, mapping);
            var report = messages.report(job, locale);
            return ResponseEntity.status(
                            job.status() == ImportStatus.DONE ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(report);
        } catch (RuleViolation e) {
            return refused(e, locale);
        }
    }

    /**
     * A refused file answers 400 (413 when too large), as automated feeds expect; other refusals (an unknown saved
     * mapping) take their kind's status. Lines refused are not this: they come back in a 422 report.
     */
    private ResponseEntity<?> refused(RuleViolation e, Locale locale) {
        var status = "import.error.tooLarge".equals(e.key())
                ? HttpStatus.CONTENT_TOO_LARGE
                : e.kind() == RuleViolation.Kind.INVALID
                        ? HttpStatus.BAD_REQUEST
                        : HttpStatus.valueOf(e.kind().status());
        var detail = messages.explain(e, locale);
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", e.key());
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * Who imports: an administrator in a browser (their employee number), or an integration's token (the security
     * chain has checked its {@code directory:write} scope); null for anyone else.
     */
    private static String startedBy(Authentication caller) {
        if (caller == null) {
            return null;
        }
        if (caller.getPrincipal() instanceof BinomeUser user) {
            if (!user.hasRole(Role.ADMIN)) {
                return null;
            }
            return user.employeeNumber() != null ? user.employeeNumber() : user.getUsername();
        }
        if (caller.getPrincipal() instanceof ApiClient client) {
            return client.actor();
        }
        return null;
    }

    private static ResponseEntity<?> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "ADMIN"));
    }
}
