package org.binome.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The first lines of a file as the directory would take them with given choices, and the problems found on them. */
@Component
class ImportPreview {

    static final int ROWS = 20;

    private final ImportJobs jobs;

    private final Clock clock;

    ImportPreview(ImportJobs jobs, Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
    }

    record Line(long line, Map<ImportField, String> values, List<ImportProblem> problems) {}

    /** The fields shown: those the choices fill. */
    static List<ImportField> fields(ImportSettings settings) {
        return java.util.Arrays.stream(ImportField.values())
                .filter(settings::fills)
                .toList();
    }

    /** After the check: the first lines with every problem the check recorded on them. */
    List<Line> checked(ImportJob job) {
        if (job.storedFile() == null) {
            return List.of();
        }
        var lines = live(job.source(), job.settings());
        if (lines.isEmpty()) {
            return lines;
        }
        var problems = jobs.problemsUpTo(job.id(), lines.get(lines.size() - 1).line()).stream()
                .collect(Collectors.groupingBy(ImportProblem::line, LinkedHashMap::new, Collectors.toList()));
        return lines.stream()
                .map(line -> new Line(line.line(), line.values(), problems.getOrDefault(line.line(), List.of())))
                .toList();
    }

    /** While choosing: the first lines with the problems each one has on its own. */
    List<Line> live(ImportSource source, ImportSettings settings) {
        return lines(source, settings);
    }

    private List<Line> lines(ImportSource source, ImportSettings settings) {
        var reader = new RowReader(settings, source.headers(), LocalDate.now(clock));
        var fields = fields(settings);
        var lines = new ArrayList<Line>();
        source.read(bytes -> {}, record -> {
            var row = reader.read(record);
            var values = new EnumMap<ImportField, String>(ImportField.class);
            for (var field : fields) {
                var value = row.valueOf(field, row.manager);
                values.put(field, value == null ? "" : Objects.toString(value));
            }
            lines.add(new Line(row.line, values, row.problems));
            return lines.size() < ROWS;
        });
        return lines;
    }
}
