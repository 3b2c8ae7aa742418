package org.binome.people;

import java.util.List;
import java.util.Locale;
import org.binome.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7643's user resource (with the enterprise extension) as Binôme reads and writes it: a representation read into
 * checked {@link Values} (required attributes, lengths, e-mail, manager, {@code active}, the configured default
 * department and site), and a person written back as a representation with its ETag. One attribute table for every
 * operation of {@link ScimUsers}.
 */
@Component
class ScimUserMapping {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PersonRepository people;
    private final String defaultDepartment;
    private final String defaultSite;

    ScimUserMapping(
            PersonRepository people,
            @Value("${binome.scim.default-department:}") String defaultDepartment,
            @Value("${binome.scim.default-site:}") String defaultSite) {
        this.people = people;
        this.defaultDepartment = defaultDepartment;
        this.defaultSite = defaultSite;
    }

    /** What a representation says, checked. */
    record Values(
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

    Values read(ObjectNode user) {
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
        meta.put("version", ScimUsers.etag(person));
        return user;
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
