package org.binome.people;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The HR import's refusals, line problems, file notices and report, in the reader's language. */
@Component
class ImportMessages {

    /** Its one argument is the list of {@link ImportField}s missing, each shown by its translated name. */
    static final String MISSING = "import.error.missingColumns";

    private final MessageSource messages;
    private final ImportJobs jobs;

    ImportMessages(MessageSource messages, ImportJobs jobs) {
        this.messages = messages;
        this.jobs = jobs;
    }

    /** The translated explanation of a refused file or request (a rule the HR import enforces). */
    String explain(RuleViolation rejected, Locale locale) {
        if (MISSING.equals(rejected.key())
                && rejected.arguments().length == 1
                && rejected.arguments()[0] instanceof List<?> fields) {
            var names = fields.stream()
                    .map(f -> label(((ImportField) f).messageKey(), locale))
                    .collect(Collectors.joining(", "));
            return messages.getMessage("import.error.missingColumns", new Object[] {names}, locale);
        }
        return messages.getMessage(rejected.key(), rejected.arguments(), rejected.key(), locale);
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Why a line is refused and how to fix it; a date format named in the detail is shown as its pattern. */
    String reason(ImportProblem problem, Locale locale) {
        var detail = problem.detail() == null ? "" : problem.detail();
        if ("invalidDate".equals(problem.reason())) {
            try {
                detail = label(DateFormat.valueOf(detail).messageKey(), locale);
            } catch (IllegalArgumentException e) {
                // an older job's detail: shown as it is
            }
        }
        return messages.getMessage(
                "import.reason." + problem.reason(), new Object[] {detail}, problem.reason(), locale);
    }

    /** What the upload noticed about the file itself ("headerLine=3" → "the header was found on line 3..."). */
    List<String> notices(ImportJob job, Locale locale) {
        return job.notices().stream()
                .map(notice -> {
                    int equals = notice.indexOf('=');
                    var key = equals < 0 ? notice : notice.substring(0, equals);
                    var argument = equals < 0 ? "" : notice.substring(equals + 1);
                    return messages.getMessage("import.notice." + key, new Object[] {argument}, key, locale);
                })
                .toList();
    }

    ImportReport report(ImportJob job, Locale locale) {
        var problems = jobs.problems(job.id(), 100).stream()
                .map(p -> new ImportReport.Problem(p.line(), p.column(), p.value(), reason(p, locale)))
                .toList();
        String error = job.errorKey() == null
                ? null
                : messages.getMessage(job.errorKey(), new Object[] {job.errorDetail()}, job.errorKey(), locale);
        return new ImportReport(
                job.id(),
                job.status().name(),
                job.fileName(),
                job.sourceFormat(),
                job.sheet(),
                job.savedMapping(),
                job.encoding(),
                job.separatorName(),
                job.totalRows(),
                job.validRows(),
                job.invalidRows(),
                job.created(),
                job.updated(),
                job.unchanged(),
                job.markedAsLeft(),
                job.status() == ImportStatus.DONE,
                error,
                notices(job, locale),
                jobs.problemCount(job.id()),
                problems);
    }
}
