package org.binome.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.binome.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The departments of the directory as SCIM groups (RFC 7643 §4.2), read-only: a department exists while people belong
 * to it, and a person's department is provisioned on the user (enterprise extension {@code department}), which is how
 * Entra ID and Okta send it. The group id is the department's name in base64url, stable as long as the name is.
 */
@Service
class ScimGroups {

    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JdbcClient jdbc;

    ScimGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ScimUsers.Page list(String filterText, int startIndex, int count, boolean withoutMembers, String base) {
        var filter = ScimFilter.parse(filterText);
        int start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(ScimUsers.MAX_PAGE, count));
        var departments = jdbc.sql("select distinct department from person where status = 'ACTIVE'"
                        + " and scim_deleted = false order by department")
                .query(String.class)
                .list();
        var resources = new ArrayList<ObjectNode>();
        int total = 0;
        for (var department : departments) {
            var group = NODES.objectNode();
            group.put("id", id(department));
            group.put("displayName", department);
            boolean matches = filter.comparisons().stream().allMatch(c -> {
                var attribute = c.attribute().toLowerCase(java.util.Locale.ROOT);
                if (attribute.equals("displayname") || attribute.equals("id")) {
                    return c.matches(ScimPaths.asText(ScimPaths.field(group, attribute)));
                }
                throw RuleViolation.invalid("scim.error.invalidFilter", filterText);
            });
            if (matches) {
                total++;
                if (total >= start && resources.size() < size) {
                    resources.add(representation(department, withoutMembers, base));
                }
            }
        }
        return new ScimUsers.Page(resources, total, start);
    }

    @Transactional(readOnly = true)
    ObjectNode get(String id, boolean withoutMembers, String base) {
        String department;
        try {
            department = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.notFound("scim.error.notFound", id);
        }
        boolean exists = jdbc.sql("select count(*) from person where department = ? and status = 'ACTIVE'"
                                + " and scim_deleted = false")
                        .param(department)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            throw RuleViolation.notFound("scim.error.notFound", id);
        }
        return representation(department, withoutMembers, base);
    }

    private ObjectNode representation(String department, boolean withoutMembers, String base) {
        var group = NODES.objectNode();
        group.putArray("schemas").add(GROUP);
        group.put("id", id(department));
        group.put("displayName", department);
        if (!withoutMembers) {
            var members = group.putArray("members");
            List<Object[]> people = jdbc.sql("select id, first_name, last_name from person where department = ?"
                            + " and status = 'ACTIVE' and scim_deleted = false order by id")
                    .param(department)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2) + " " + rs.getString(3)})
                    .list();
            for (var person : people) {
                members.addObject()
                        .put("value", String.valueOf(person[0]))
                        .put("$ref", base + "/Users/" + person[0])
                        .put("display", (String) person[1]);
            }
        }
        var meta = group.putObject("meta");
        meta.put("resourceType", "Group");
        meta.put("location", base + "/Groups/" + id(department));
        return group;
    }

    static String id(String department) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(department.getBytes(StandardCharsets.UTF_8));
    }
}
