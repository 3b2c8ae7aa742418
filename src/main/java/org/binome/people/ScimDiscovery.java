package org.binome.people;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What this SCIM service provider supports (RFC 7643 §5–7), said truthfully so that identity providers adapt: patch
 * yes, bulk no, filters yes (up to 200 results a page), no change password (sign-in is the identity provider's),
 * no sort, ETags yes, bearer tokens.
 */
@Component
class ScimDiscovery {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode serviceProviderConfig(String base) {
        var config = NODES.objectNode();
        config.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        config.put("documentationUri", base.replace("/scim/v2", "") + "/api/v1/docs");
        config.putObject("patch").put("supported", true);
        config.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
        config.putObject("filter").put("supported", true).put("maxResults", ScimUsers.MAX_PAGE);
        config.putObject("changePassword").put("supported", false);
        config.putObject("sort").put("supported", false);
        config.putObject("etag").put("supported", true);
        config.putArray("authenticationSchemes")
                .addObject()
                .put("type", "oauthbearertoken")
                .put("name", "API token")
                .put("description", "A Binôme API token with the scope scim, in Authorization: Bearer")
                .put("primary", true);
        meta(config, "ServiceProviderConfig", base + "/ServiceProviderConfig");
        return config;
    }

    List<ObjectNode> resourceTypes(String base) {
        var user = NODES.objectNode();
        user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        user.put("id", "User");
        user.put("name", "User");
        user.put("endpoint", "/Users");
        user.put("description", "A person of the directory");
        user.put("schema", ScimPaths.CORE);
        user.putArray("schemaExtensions")
                .addObject()
                .put("schema", ScimPaths.ENTERPRISE)
                .put("required", false);
        meta(user, "ResourceType", base + "/ResourceTypes/User");
        var group = NODES.objectNode();
        group.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        group.put("id", "Group");
        group.put("name", "Group");
        group.put("endpoint", "/Groups");
        group.put("description", "A department of the directory (read-only)");
        group.put("schema", ScimGroups.GROUP);
        meta(group, "ResourceType", base + "/ResourceTypes/Group");
        return List.of(user, group);
    }

    List<ObjectNode> schemas(String base) {
        var user = schema(ScimPaths.CORE, "User", "A person of the directory", base);
        var attributes = (ArrayNode) user.get("attributes");
        attributes.add(attribute("userName", "string", true, "readWrite", "server", "The work e-mail"));
        attributes.add(attribute("externalId", "string", false, "readWrite", "none", "The provider's id"));
        var name = attribute("name", "complex", true, "readWrite", "none", "Given and family name");
        var sub = name.putArray("subAttributes");
        sub.add(attribute("givenName", "string", true, "readWrite", "none", "First name"));
        sub.add(attribute("familyName", "string", true, "readWrite", "none", "Last name"));
        sub.add(attribute("formatted", "string", false, "readOnly", "none", "Full name"));
        attributes.add(name);
        attributes.add(attribute("displayName", "string", false, "readOnly", "none", "Full name"));
        attributes.add(attribute("title", "string", false, "readWrite", "none", "Job title"));
        attributes.add(attribute("preferredLanguage", "string", false, "readWrite", "none", "fr or en"));
        attributes.add(attribute("active", "boolean", false, "readWrite", "none", "false: the person has left"));
        var emails = attribute("emails", "complex", false, "readWrite", "none", "The work e-mail");
        emails.put("multiValued", true);
        var emailSub = emails.putArray("subAttributes");
        emailSub.add(attribute("value", "string", false, "readWrite", "none", "Address"));
        emailSub.add(attribute("type", "string", false, "readWrite", "none", "work"));
        emailSub.add(attribute("primary", "boolean", false, "readWrite", "none", "Primary"));
        attributes.add(emails);
        var addresses = attribute("addresses", "complex", false, "readWrite", "none", "The work site");
        addresses.put("multiValued", true);
        var addressSub = addresses.putArray("subAttributes");
        addressSub.add(attribute("locality", "string", false, "readWrite", "none", "The site"));
        addressSub.add(attribute("type", "string", false, "readWrite", "none", "work"));
        attributes.add(addresses);
        var enterprise = schema(ScimPaths.ENTERPRISE, "EnterpriseUser", "Enterprise User", base);
        var extension = (ArrayNode) enterprise.get("attributes");
        extension.add(attribute("employeeNumber", "string", true, "readWrite", "server", "The HR employee number"));
        extension.add(attribute("department", "string", true, "readWrite", "none", "The department"));
        var manager = attribute("manager", "complex", false, "readWrite", "none", "The direct manager");
        manager.putArray("subAttributes")
                .add(attribute("value", "string", false, "readWrite", "none", "The manager's id"));
        extension.add(manager);
        var group = schema(ScimGroups.GROUP, "Group", "A department", base);
        var groupAttributes = (ArrayNode) group.get("attributes");
        groupAttributes.add(attribute("displayName", "string", true, "readOnly", "server", "The department"));
        var members = attribute("members", "complex", false, "readOnly", "none", "Its active people");
        members.put("multiValued", true);
        groupAttributes.add(members);
        return List.of(user, enterprise, group);
    }

    private static ObjectNode schema(String id, String name, String description, String base) {
        var schema = NODES.objectNode();
        schema.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Schema");
        schema.put("id", id);
        schema.put("name", name);
        schema.put("description", description);
        schema.putArray("attributes");
        meta(schema, "Schema", base + "/Schemas/" + id);
        return schema;
    }

    private static ObjectNode attribute(
            String name, String type, boolean required, String mutability, String uniqueness, String description) {
        var attribute = NODES.objectNode();
        attribute.put("name", name);
        attribute.put("type", type);
        attribute.put("multiValued", false);
        attribute.put("description", description);
        attribute.put("required", required);
        attribute.put("caseExact", false);
        attribute.put("mutability", mutability);
        attribute.put("returned", "default");
        attribute.put("uniqueness", uniqueness);
        return attribute;
    }

    private static void meta(ObjectNode resource, String type, String location) {
        resource.putObject("meta").put("resourceType", type).put("location", location);
    }
}
