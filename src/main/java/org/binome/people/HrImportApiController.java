package org.binome.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The HR import for automated feeds: the same CSV, checked and applied before answering with the report. */
@Controller
class HrImportApiController {

    private final HrImport hrImport;

    HrImportApiController(HrImport hrImport) {
        this.hrImport = hrImport;
    }

    @PostMapping(path = "/api/v1/people/import", consumes = "multipart/form-data")
    @ResponseBody
    ResponseEntity<?> importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean applyValidOnly,
            @RequestParam(defaultValue = "false") boolean completeDirectory,
            @AuthenticationPrincipal BinomeUser user,
            Locale locale)
            throws IOException {
        if (!user.hasRole(Role.ADMIN)) {
            return forbidden();
        }
        if (file == null) {
            return refused(new ImportRejected("import.error.empty"), locale);
        }
        return run(file.getOriginalFilename(), file.getInputStream(), applyValidOnly, completeDirectory, user, locale);
    }

    @PostMapping(
            path = "/api/v1/people/import",
            consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @ResponseBody
    ResponseEntity<?> importBody(
            HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean applyValidOnly,
            @RequestParam(defaultValue = "false") boolean completeDirectory,
            @RequestParam(defaultValue = "import.csv") String fileName,
            @AuthenticationPrincipal BinomeUser user,
            Locale locale)
            throws IOException {
        if (!user.hasRole(Role.ADMIN)) {
            return forbidden();
        }
        return run(fileName, request.getInputStream(), applyValidOnly, completeDirectory, user, locale);
    }

    private ResponseEntity<?> run(
            String fileName,
            java.io.InputStream content,
            boolean applyValidOnly,
            boolean completeDirectory,
            BinomeUser user,
            Locale locale) {
        try {
            var job = hrImport.importNow(fileName, content, applyValidOnly, completeDirectory, user.employeeNumber());
            var report = hrImport.report(job, locale);
            return ResponseEntity.status(
                            job.status() == ImportStatus.DONE ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(report);
        } catch (ImportRejected e) {
            return refused(e, locale);
        }
    }

    private ResponseEntity<?> refused(ImportRejected e, Locale locale) {
        var status = "import.error.tooLarge".equals(e.key()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        var detail = e instanceof HrImport.MissingColumns missing
                ? hrImport.explainMissing(missing, locale)
                : hrImport.explain(e, locale);
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", e.key());
        return ResponseEntity.status(status).body(problem);
    }

    private static ResponseEntity<?> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "ADMIN"));
    }
}
