package org.binome.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM users are the people of the directory (RFC 7643 §4.1 with the enterprise extension): {@code userName} is the
 * work e-mail, the employee number comes from the enterprise extension (or {@code externalId}), the department from
 * the extension, the site from the work address's locality. {@code active=false} marks the person as left exactly
 * like the HR import does, through {@link Departures}: their account is disabled and their sessions end. A deletion
 * is a departure too, after which SCIM no longer sees the person.
 *
 * <p>The attribute table (a representation read into checked values, a person written as a representation) is
 * {@link ScimUserMapping}; the HTTP side is {@code ScimController}, the filter grammar {@code ScimFilter}.
 */
@Service
class ScimUsers {

    static final int MAX_PAGE = 200;

    record Page(List<ObjectNode> resources, int total, int startIndex) {}

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final Departures departures;
    private final Clock clock;
    private final ScimUserMapping mapping;

    ScimUsers(PersonRepository people, JdbcClient jdbc, Departures departures, Clock clock, ScimUserMapping mapping) {
        this.people = people;
        this.jdbc = jdbc;
        this.departures = departures;
        this.clock = clock;
        this.mapping = mapping;
    }

    @Transactional(readOnly = true)
    Page list(String filterText, int startIndex, int count, String base) {
        var filter = ScimFilter.parse(filterText);
        int start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(MAX_PAGE, count));
        if (filter.comparisons().isEmpty()) {
            // A page of the whole directory: counted and read in SQL, never all of it in memory.
            int total = jdbc.sql("select count(*) from person where scim_deleted = false")
                    .query(Integer.class)
                    .single();
            var page = jdbc.sql(
                            "select id from person where scim_deleted = false order by id offset ? rows fetch first ? rows only")
                    .params(start - 1, size)
                    .query(Long.class)
                    .list();
            return new Page(
                    load(page).stream()
                            .map(p -> mapping.representation(p, base))
                            .toList(),
                    total,
                    start);
        }
        List<Long> ids = candidates(filter);
        var matching = new ArrayList<ObjectNode>();
        int total = 0;
        for (var person : load(ids)) {
            var user = mapping.representation(person, base);
            if (filter.comparisons().stream().allMatch(c -> c.matches(ScimPaths.text(user, c.attribute())))) {
                total++;
                if (total >= start && matching.size() < size) {
                    matching.add(user);
                }
            }
        }
        return new Page(matching, total, start);
    }

    /**
     * The people a filter may match, narrowed in SQL for the look-ups providers make before each change
     * ({@code userName eq}, {@code externalId eq}, the employee number), so they stay one indexed query at 100,000
     * people; other filters read the directory page by page.
     */
    private List<Long> candidates(ScimFilter filter) {
        for (var c : filter.comparisons()) {
            if (!c.operator().equals("eq")) {
                continue;
            }
            var attribute = c.attribute().toLowerCase(Locale.ROOT);
            if (attribute.equals("username") || attribute.endsWith(":username")) {
                return ids("email_key = ? or employee_number = ?", c.value().toLowerCase(Locale.ROOT), c.value());
            }
            if (attribute.equals("externalid")) {
                return ids("external_id = ? or employee_number = ?", c.value(), c.value());
            }
            if (attribute.endsWith(":employeenumber")) {
                return ids("employee_number = ?", c.value());
            }
            if (attribute.equals("id")) {
                return c.value().matches("[0-9]{1,18}") ? List.of(Long.parseLong(c.value())) : List.of();
            }
        }
        return jdbc.sql("select id from person where scim_deleted = false order by id")
                .query(Long.class)
                .list();
    }

    private List<Long> ids(String condition, Object... values) {
        return jdbc.sql("select id from person where scim_deleted = false and (" + condition + ") order by id")
                .params(values)
                .query(Long.class)
                .list();
    }

    private List<Person> load(List<Long> ids) {
        var found = new ArrayList<Person>();
        for (int from = 0; from < ids.size(); from += 1000) {
            people.findAllById(ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(p -> {
                        if (!p.scimDeleted) {
                            found.add(p);
                        }
                    });
        }
        found.sort(java.util.Comparator.comparing(p -> p.id));
        return found;
    }

    @Transactional(readOnly = true)
    ObjectNode get(String id, String base) {
        return mapping.representation(find(id), base);
    }

    @Transactional
    ObjectNode create(JsonNode body, String base) {
        var user = object(body);
        var values = mapping.read(user);
        var sameUserName = ids("email_key = ?", values.userName().toLowerCase(Locale.ROOT));
        if (!sameUserName.isEmpty()) {
            throw RuleViolation.conflict("scim.error.userNameTaken", values.userName());
        }
        var existing = people.findByEmployeeNumber(values.employeeNumber());
        Person person;
        if (existing.isPresent()) {
            person = existing.get();
            if (!person.scimDeleted) {
                throw RuleViolation.conflict("scim.error.uniqueness", values.employeeNumber());
            }
            // The provider deleted this person and now creates them again (a rehire): the same record, active.
            person.scimDeleted = false;
        } else {
            person = new Person();
            person.employeeNumber = values.employeeNumber();
            person.status = PersonStatus.ACTIVE;
            person.languages = "fr";
        }
        apply(person, values);
        return mapping.representation(people.save(person), base);
    }

    @Transactional
    ObjectNode replace(String id, JsonNode body, String ifMatch, String base) {
        var person = find(id);
        checkVersion(person, ifMatch);
        var values = mapping.read(object(body));
        if (!values.employeeNumber().equals(person.employeeNumber)) {
            throw RuleViolation.invalid("scim.error.employeeNumberChanged", person.employeeNumber);
        }
        apply(person, values);
        return mapping.representation(people.save(person), base);
    }

    /**
     * A patch is applied to the user's representation (add, replace and remove, with or without a path, as Entra ID
     * and Okta send them) and the result is checked and saved like a replacement: an unknown attribute or an invalid
     * result changes nothing.
     */
    @Transactional
    ObjectNode patch(String id, JsonNode body, String ifMatch, String base) {
        var person = find(id);
        checkVersion(person, ifMatch);
        var user = mapping.representation(person, base);
        var operations = ScimPaths.field(object(body), "Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw RuleViolation.invalid("scim.error.noOperations");
        }
        for (var operation : operations) {
            var op = String.valueOf(ScimPaths.asText(ScimPaths.field(operation, "op")))
                    .toLowerCase(Locale.ROOT);
            var path = ScimPaths.asText(ScimPaths.field(operation, "path"));
            var value = ScimPaths.field(operation, "value");
            switch (op) {
                case "add", "replace" -> {
                    if (value == null) {
                        throw RuleViolation.invalid("scim.error.noValue", op);
                    }
                    if (path == null) {
                        if (!value.isObject()) {
                            throw RuleViolation.invalid("scim.error.noValue", op);
                        }
                        for (var entry : value.properties()) {
                            ScimPaths.set(user, entry.getKey(), single(entry.getKey(), entry.getValue()));
                        }
                    } else {
                        ScimPaths.set(user, path, single(path, value));
                    }
                }
                case "remove" -> {
                    if (path == null) {
                        throw RuleViolation.invalid("scim.error.noTarget");
                    }
                    ScimPaths.set(user, path, null);
                }
                default -> throw RuleViolation.invalid("scim.error.invalidOperation", op);
            }
        }
        var values = mapping.read(user);
        if (!values.employeeNumber().equals(person.employeeNumber)) {
            throw RuleViolation.invalid("scim.error.employeeNumberChanged", person.employeeNumber);
        }
        apply(person, values);
        return mapping.representation(people.save(person), base);
    }

    /** Entra ID sends {@code "value": [ {"value": "x"} ]} for a single-valued attribute such as the manager. */
    private static JsonNode single(String path, JsonNode value) {
        var lower = path.toLowerCase(Locale.ROOT);
        if (value.isArray() && value.size() == 1 && !lower.endsWith("emails") && !lower.endsWith("addresses")) {
            return value.get(0);
        }
        return value;
    }

    /** A deletion is a departure; the person stays in the directory (as left) but no longer exists for SCIM. */
    @Transactional
    void delete(String id) {
        var person = find(id);
        leave(person);
        person.scimDeleted = true;
        people.save(person);
    }

    private Person find(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw RuleViolation.notFound("scim.error.notFound", String.valueOf(id));
        }
        return people.findById(Long.parseLong(id))
                .filter(p -> !p.scimDeleted)
                .orElseThrow(() -> RuleViolation.notFound("scim.error.notFound", id));
    }

    private static void checkVersion(Person person, String ifMatch) {
        if (ifMatch != null
                && !ifMatch.isBlank()
                && !ifMatch.strip().equals("*")
                && !ifMatch.strip().equals(etag(person))) {
            throw RuleViolation.conflict("scim.error.versionMismatch");
        }
    }

    static String etag(Person person) {
        return "W/\"" + person.version + "\"";
    }

    private void apply(Person person, ScimUserMapping.Values values) {
        person.externalId = values.externalId();
        person.firstName = values.firstName();
        person.lastName = values.lastName();
        person.email = values.email();
        person.department = values.department();
        person.site = values.site();
        person.jobTitle = values.jobTitle();
        person.managerNumber = values.managerNumber();
        if (values.language() != null && values.language().length() >= 2) {
            var code = values.language().substring(0, 2);
            if (person.languages == null
                    || !List.of(person.languages.split(",")).contains(code)) {
                person.languages =
                        code + (person.languages == null || person.languages.isBlank() ? "" : "," + person.languages);
            }
        }
        person.refreshKeys();
        if (!values.active() && person.status == PersonStatus.ACTIVE) {
            leave(person);
        } else if (values.active() && person.status == PersonStatus.LEFT) {
            person.status = PersonStatus.ACTIVE;
            person.leavingDate = null;
        }
    }

    /** Marks the person as left today and announces it, as the HR import and the directory's editor do. */
    private void leave(Person person) {
        if (person.status == PersonStatus.LEFT) {
            return;
        }
        person.status = PersonStatus.LEFT;
        person.leavingDate = LocalDate.now(clock);
        departures.announce(person.view());
    }

    private static ObjectNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RuleViolation.invalid("scim.error.invalidSyntax");
        }
        return ((ObjectNode) body).deepCopy();
    }
}
