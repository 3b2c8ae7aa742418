package org.binome.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks every line of a file: each line on its own ({@link RowReader}), then across the file and the directory:
 * duplicate employee numbers, built e-mails that collide, managers found by number, e-mail or name (an unknown or
 * ambiguous one is reported with the candidates), cycles, and managers whose own line is refused.
 */
@Component
class ImportCheck {

    private static final int BATCH = 1000;
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ImportJobs jobs;
    private final JdbcTemplate jdbc;

    private final Clock clock;

    ImportCheck(ImportJobs jobs, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    /** What the check found: the invalid lines, every employee number the file names, and each one's manager. */
    record Checked(int total, BitSet invalidLines, Set<String> numbers, Map<String, String> managers) {
        int invalid() {
            return invalidLines.cardinality();
        }

        int valid() {
            return total - invalid();
        }

        String managerOf(ImportRow row) {
            return row.employeeNumber == null ? null : managers.get(row.employeeNumber);
        }
    }

    private record Entry(long line, String manager, String nameKey, String email) {}

    private record Built(long line, String number, boolean built) {}

    Checked check(ImportJob job, IntConsumer progress) {
        if (job.storedFile() == null) {
            throw RuleViolation.conflict("import.error.gone");
        }
        var reader = new RowReader(job.settings(), job.headers(), LocalDate.now(clock));
        var settings = job.settings();
        boolean byName = settings.managerBy() == ImportSettings.ManagerKey.NAME;
        jobs.clearProblems(job.id());
        var pending = new ArrayList<ImportProblem>();
        var invalid = new BitSet();
        var entries = new HashMap<String, Entry>();
        var duplicatesReported = new HashSet<String>();
        var emails = new HashMap<String, Built>();
        var numberColumn = reader.columnOf(ImportField.EMPLOYEE_NUMBER);
        var emailColumn = settings.columns().getOrDefault(ImportField.EMAIL, settings.emailPattern());
        var directoryEmails = settings.emailPattern() == null ? Map.<String, String>of() : directoryEmails();
        int[] total = {0};
        var source = job.source();
        var reporter = new ImportProgress(source.size(), progress);
        source.read(reporter, record -> {
            total[0]++;
            var row = reader.read(record);
            var problems = new ArrayList<>(row.problems);
            if (row.employeeNumber != null) {
                var entry = new Entry(
                        row.line,
                        row.manager,
                        byName ? nameKey(row.firstName + " " + row.lastName) : null,
                        row.email == null ? null : row.email.toLowerCase(Locale.ROOT));
                var first = entries.putIfAbsent(row.employeeNumber, entry);
                if (first != null) {
                    problems.add(new ImportProblem(
                            row.line, numberColumn, row.employeeNumber, "duplicateId", String.valueOf(first.line())));
                    if (duplicatesReported.add(row.employeeNumber)) {
                        pending.add(new ImportProblem(
                                first.line(),
                                numberColumn,
                                row.employeeNumber,
                                "duplicateId",
                                String.valueOf(row.line)));
                        invalid.set((int) first.line());
                    }
                }
            }
            if (row.email != null && settings.emailPattern() != null) {
                var key = row.email.toLowerCase(Locale.ROOT);
                var other = emails.putIfAbsent(key, new Built(row.line, row.employeeNumber, row.emailBuilt));
                var holder = directoryEmails.get(key);
                if (other != null && (row.emailBuilt || other.built())) {
                    if (row.emailBuilt) {
                        problems.add(new ImportProblem(
                                row.line, emailColumn, row.email, "emailCollision", String.valueOf(other.line())));
                    }
                    if (other.built() && !invalid.get((int) other.line())) {
                        pending.add(new ImportProblem(
                                other.line(), emailColumn, row.email, "emailCollision", String.valueOf(row.line)));
                        invalid.set((int) other.line());
                    }
                } else if (row.emailBuilt && holder != null && !holder.equals(row.employeeNumber)) {
                    problems.add(new ImportProblem(row.line, emailColumn, row.email, "emailTaken", holder));
                }
            }
            if (!problems.isEmpty()) {
                invalid.set((int) row.line);
                pending.addAll(problems);
            }
            if (pending.size() >= BATCH) {
                jobs.addProblems(job.id(), pending);
                pending.clear();
            }
            return true;
        });
        if (total[0] == 0) {
            throw RuleViolation.invalid("import.error.noRows");
        }
        var managers = checkManagers(job, entries, invalid, pending);
        jobs.addProblems(job.id(), pending);
        progress.accept(100);
        return new Checked(total[0], invalid, entries.keySet(), managers);
    }

    /**
     * Finds each line's manager as the settings say, then reports unknown and ambiguous managers, manager cycles, and
     * managers whose own line is refused (so that nobody points nowhere). Returns each employee's manager number.
     */
    private Map<String, String> checkManagers(
            ImportJob job, Map<String, Entry> entries, BitSet invalid, List<ImportProblem> problems) {
        var column = job.settings().columns().get(ImportField.MANAGER);
        var resolved = new HashMap<String, String>();
        if (column == null) {
            return resolved;
        }
        var by = job.settings().managerBy();
        var directory = new HashMap<String, String>();
        var byKey = new HashMap<String, List<String>>();
        jdbc.query(
                "select employee_number, manager_number, email_key, first_name_key, last_name_key from person", rs -> {
                    var number = rs.getString(1);
                    directory.put(number, rs.getString(2));
                    if (by == ImportSettings.ManagerKey.EMAIL && rs.getString(3) != null) {
                        byKey.computeIfAbsent(rs.getString(3), k -> new ArrayList<>(1))
                                .add(number);
                    } else if (by == ImportSettings.ManagerKey.NAME && !entries.containsKey(number)) {
                        byKey.computeIfAbsent(nameKey(rs.getString(4) + " " + rs.getString(5)), k -> new ArrayList<>(1))
                                .add(number);
                    }
                });
        if (by != ImportSettings.ManagerKey.NUMBER) {
            // the file's own people come first: their lines replace what the directory says of them
            byKey.values().forEach(numbers -> numbers.removeIf(entries::containsKey));
            entries.forEach((number, entry) -> {
                var key = by == ImportSettings.ManagerKey.EMAIL ? entry.email() : entry.nameKey();
                if (key != null && !key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(number);
                }
            });
        }
        entries.forEach((number, entry) -> {
            var manager = entry.manager();
            if (manager == null) {
                return;
            }
            if (by == ImportSettings.ManagerKey.NUMBER) {
                if (entries.containsKey(manager) || directory.containsKey(manager)) {
                    resolved.put(number, manager);
                } else {
                    problems.add(new ImportProblem(entry.line(), column, manager, "unknownManager", manager));
                    invalid.set((int) entry.line());
                }
                return;
            }
            var key = by == ImportSettings.ManagerKey.EMAIL ? manager.toLowerCase(Locale.ROOT) : nameKey(manager);
            var candidates = byKey.getOrDefault(key, List.of());
            if (candidates.size() == 1) {
                resolved.put(number, candidates.get(0));
            } else {
                var reason = candidates.isEmpty()
                        ? (by == ImportSettings.ManagerKey.EMAIL ? "unknownManagerEmail" : "unknownManagerName")
                        : "ambiguousManager";
                var detail = candidates.isEmpty() ? manager : String.join(", ", new TreeSet<>(candidates));
                problems.add(new ImportProblem(entry.line(), column, manager, reason, detail));
                invalid.set((int) entry.line());
            }
        });
        var links = new HashMap<>(directory);
        entries.forEach((number, entry) -> links.put(number, resolved.get(number)));
        for (var cycle : ReportingLines.cyclesIn(links)) {
            var ids = String.join(" → ", cycle) + " → " + cycle.get(0);
            for (var number : cycle) {
                var entry = entries.get(number);
                if (entry != null) {
                    problems.add(new ImportProblem(entry.line(), column, entry.manager(), "managerCycle", ids));
                    invalid.set((int) entry.line());
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var person : entries.entrySet()) {
                var entry = person.getValue();
                var manager = resolved.get(person.getKey());
                if (manager == null || invalid.get((int) entry.line()) || directory.containsKey(manager)) {
                    continue;
                }
                var managerEntry = entries.get(manager);
                if (managerEntry != null && invalid.get((int) managerEntry.line())) {
                    problems.add(new ImportProblem(entry.line(), column, entry.manager(), "managerRefused", manager));
                    invalid.set((int) entry.line());
                    changed = true;
                }
            }
        }
        return resolved;
    }

    private Map<String, String> directoryEmails() {
        var emails = new HashMap<String, String>();
        jdbc.query("select email_key, employee_number from person where email_key is not null", rs -> {
            emails.put(rs.getString(1), rs.getString(2));
        });
        return emails;
    }

    /**
     * A name compared whatever its order, case, accents, spacing and punctuation, and without initials: "Albert,
     * Michael J." and "Michael Albert" give the same key.
     */
    static String nameKey(String name) {
        var words = new TreeSet<String>();
        for (var word : NOT_NAME.split(SearchKeys.fold(name == null ? "" : name))) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }
}
