package org.binome.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM users are the people of the directory (RFC 7643 §4.1 with the enterprise extension): {@code userName} is the
 * work e-mail, the employee number comes from the enterprise extension (or {@code externalId}), the department from
 * the extension, the site from the work address's locality. {@code active=false} marks the person as left exactly
 * like the HR import does, through {@link Departures}: their account is disabled and their sessions end. A deletion
 * is a departure too, after which SCIM no longer sees the person.
 *
 * <p>Over 400 lines: RFC 7643's user resource is one mapping, read (filter, list, get) and written (create, replace,
 * patch, delete) with the same attribute rules and the same ETag check; split apart, each half would repeat the
 * attribute table. The HTTP side is {@code ScimController}, the filter grammar {@code ScimFilter}.
 */
@Service
class ScimUsers {

    static final int MAX_PAGE = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Page(List<ObjectNode> resources, int total, int startIndex) {}

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final Departures departures;
    private final Clock clock;
    private final String defaultDepartment;
    private final String defaultSite;

    ScimUsers(
            PersonRepository people,
            JdbcClient jdbc,
            Departures departures,
            Clock clock,
            @Value("${binome.scim.default-department:}") String defaultDepartment,
            @Value("${binome.scim.default-site:}") String defaultSite) {
        this.people = people;
        this.jdbc = jdbc;
        this.departures = departures;
        this.clock = clock;
        this.defaultDepartment = defaultDepartment;
        this.defaultSite = defaultSite;
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
                    load(page).stream().map(p -> representation(p, base)).toList(), total, start);
        }
        List<Long> ids = candidates(filter);
        var matching = new ArrayList<ObjectNode>();
        int total = 0;
        for (var person : load(ids)) {
            var user = representation(person, base);
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
        return representation(find(id), base);
    }

    @Transactional
    ObjectNode create(JsonNode body, String base) {
        var user = object(body);
        var values = read(user);
        var sameUserName = ids("email_key = ?", values.userName.toLowerCase(Locale.ROOT));
        if (!sameUserName.isEmpty()) {
            throw RuleViolation.conflict("scim.error.userNameTaken", values.userName);
        }
        var existing = people.findByEmployeeNumber(values.employeeNumber);
        Person person;
        if (existing.isPresent()) {
            person = existing.get();
            if (!person.scimDeleted) {
                throw RuleViolation.conflict("scim.error.uniqueness", values.employeeNumber);
            }
            // The provider deleted this person and now creates them again (a rehire): the same record, active.
            person.scimDeleted = false;
        } else {
            person = new Person();
            person.employeeNumber = values.employeeNumber;
            person.status = PersonStatus.ACTIVE;
            person.languages = "fr";
        }
        apply(person, values);
        return representation(people.save(person), base);
    }

    @Transactional
    ObjectNode replace(String id, JsonNode body, String ifMatch, String base) {
        var person = find(id);
        checkVersion(person, ifMatch);
        var values = read(object(body));
        if (!values.employeeNumber.equals(person.employeeNumber)) {
            throw RuleViolation.invalid("scim.error.employeeNumberChanged", person.employeeNumber);
        }
        apply(person, values);
        return representation(people.save(person), base);
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
        var user = representation(person, base);
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
        var values = read(user);
        if (!values.employeeNumber.equals(person.employeeNumber)) {
            throw RuleViolation.invalid("scim.error.employeeNumberChanged", person.employeeNumber);
        }
        apply(person, values);
        return representation(people.save(person), base);
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

    /** What a representation says, checked. */
    private record Values(
            String userName,
            String externalId,
            String employeeNumber,
            String firstName,
            String lastName,
            String email,
            String department,
            String site,
            String jobTitle,
            String managerNumber,
            String language,
            boolean active) {}

    private Values read(ObjectNode user) {
        // Attributes Binôme does not keep (roles, groups, a password…) are ignored in a whole representation, as
        // RFC 7644 §3.3 allows; a patch naming one is refused instead.
        var userName = required(ScimPaths.text(user, "userName"), "userName", 254);
        var externalId = limit(ScimPaths.text(user, "externalId"), "externalId", 200);
        var employeeNumber = ScimPaths.text(user, ScimPaths.ENTERPRISE + ":employeeNumber");
        if (employeeNumber == null || employeeNumber.isBlank()) {
            employeeNumber = externalId;
        }
        employeeNumber = required(employeeNumber, "employeeNumber", 50);
        var first = required(ScimPaths.text(user, "name.givenName"), "name.givenName", 100);
        var last = required(ScimPaths.text(user, "name.familyName"), "name.familyName", 100);
        var email = workEmail(user);
        if (email == null && userName.contains("@")) {
            email = userName;
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RuleViolation.invalid("scim.error.invalidEmail", email);
        }
        limit(email, "emails", 254);
        var department = orDefault(ScimPaths.text(user, ScimPaths.ENTERPRISE + ":department"), defaultDepartment);
        department = required(department, ScimPaths.ENTERPRISE + ":department", 100);
        var site = orDefault(ScimPaths.text(user, "addresses[type eq \"work\"].locality"), null);
        if (site == null) {
            site = orDefault(ScimPaths.text(user, "addresses.locality"), defaultSite);
        }
        site = required(site, "addresses[type eq \"work\"].locality", 100);
        var title = limit(ScimPaths.text(user, "title"), "title", 150);
        String managerNumber = null;
        var manager = ScimPaths.text(user, ScimPaths.ENTERPRISE + ":manager.value");
        if (manager == null) {
            manager = ScimPaths.text(user, ScimPaths.ENTERPRISE + ":manager");
        }
        if (manager != null && !manager.isBlank()) {
            managerNumber = manager.matches("[0-9]{1,18}")
                    ? people.findById(Long.parseLong(manager))
                            .map(p -> p.employeeNumber)
                            .orElse(null)
                    : null;
            if (managerNumber == null) {
                throw RuleViolation.invalid("scim.error.unknownManager", manager);
            }
        }
        var language = ScimPaths.text(user, "preferredLanguage");
        if (language == null) {
            language = ScimPaths.text(user, "locale");
        }
        var activeText = ScimPaths.text(user, "active");
        boolean active = activeText == null || !activeText.strip().equalsIgnoreCase("false");
        if (activeText != null && !activeText.strip().matches("(?i)true|false")) {
            throw RuleViolation.invalid("scim.error.invalidValue", "active", activeText);
        }
        return new Values(
                userName,
                externalId,
                employeeNumber.strip(),
                first.strip(),
                last.strip(),
                email == null ? null : email.strip(),
                department.strip(),
                site.strip(),
                title,
                managerNumber,
                language == null ? null : language.strip().toLowerCase(Locale.ROOT),
                active);
    }

    private static String workEmail(ObjectNode user) {
        var emails = ScimPaths.field(user, "emails");
        if (emails == null || !emails.isArray() || emails.isEmpty()) {
            return null;
        }
        for (var preferred : List.of("primary", "work")) {
            for (var email : emails) {
                var primary = ScimPaths.asText(ScimPaths.field(email, "primary"));
                var type = ScimPaths.asText(ScimPaths.field(email, "type"));
                if (preferred.equals("primary") ? "true".equalsIgnoreCase(primary) : "work".equalsIgnoreCase(type)) {
                    return ScimPaths.asText(ScimPaths.field(email, "value"));
                }
            }
        }
        return ScimPaths.asText(ScimPaths.field(emails.get(0), "value"));
    }

    private void apply(Person person, Values values) {
        person.externalId = values.externalId;
        person.firstName = values.firstName;
        person.lastName = values.lastName;
        person.email = values.email;
        person.department = values.department;
        person.site = values.site;
        person.jobTitle = values.jobTitle;
        person.managerNumber = values.managerNumber;
        if (values.language != null && values.language.length() >= 2) {
            var code = values.language.substring(0, 2);
            if (person.languages == null
                    || !List.of(person.languages.split(",")).contains(code)) {
                person.languages =
                        code + (person.languages == null || person.languages.isBlank() ? "" : "," + person.languages);
            }
        }
        person.refreshKeys();
        if (!values.active && person.status == PersonStatus.ACTIVE) {
            leave(person);
        } else if (values.active && person.status == PersonStatus.LEFT) {
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

    ObjectNode representation(Person person, String base) {
        var user = NODES.objectNode();
        user.putArray("schemas").add(ScimPaths.CORE).add(ScimPaths.ENTERPRISE);
        user.put("id", String.valueOf(person.id));
        if (person.externalId != null) {
            user.put("externalId", person.externalId);
        }
        user.put("userName", person.email != null ? person.email : person.employeeNumber);
        var name = user.putObject("name");
        name.put("givenName", person.firstName);
        name.put("familyName", person.lastName);
        name.put("formatted", person.firstName + " " + person.lastName);
        user.put("displayName", person.firstName + " " + person.lastName);
        if (person.jobTitle != null) {
            user.put("title", person.jobTitle);
        }
        if (person.languages != null && !person.languages.isBlank()) {
            user.put("preferredLanguage", person.languages.split(",")[0]);
        }
        user.put("active", person.status == PersonStatus.ACTIVE);
        if (person.email != null) {
            ArrayNode emails = user.putArray("emails");
            emails.addObject().put("value", person.email).put("type", "work").put("primary", true);
        }
        user.putArray("addresses")
                .addObject()
                .put("type", "work")
                .put("locality", person.site)
                .put("primary", true);
        var enterprise = user.putObject(ScimPaths.ENTERPRISE);
        enterprise.put("employeeNumber", person.employeeNumber);
        enterprise.put("department", person.department);
        if (person.managerNumber != null) {
            people.findByEmployeeNumber(person.managerNumber)
                    .ifPresent(manager -> enterprise
                            .putObject("manager")
                            .put("value", String.valueOf(manager.id))
                            .put("$ref", base + "/Users/" + manager.id)
                            .put("displayName", manager.firstName + " " + manager.lastName));
        }
        var meta = user.putObject("meta");
        meta.put("resourceType", "User");
        meta.put("location", base + "/Users/" + person.id);
        meta.put("version", etag(person));
        return user;
    }

    private static ObjectNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw RuleViolation.invalid("scim.error.invalidSyntax");
        }
        return ((ObjectNode) body).deepCopy();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? (fallback == null || fallback.isBlank() ? null : fallback) : value;
    }

    private static String required(String value, String attribute, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("scim.error.required", attribute);
        }
        return limit(value, attribute, max);
    }

    private static String limit(String value, String attribute, int max) {
        if (value != null && value.length() > max) {
            throw RuleViolation.invalid("scim.error.tooLong", attribute, max);
        }
        return value;
    }
}
