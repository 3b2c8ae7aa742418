package org.binome.people;

import java.util.Locale;
import java.util.Set;
import org.binome.shared.RuleViolation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Attribute paths of a SCIM user (RFC 7644 §3.10), read and written on its JSON representation: {@code userName},
 * {@code name.givenName}, {@code emails[type eq "work"].value}, and the enterprise extension's attributes by their
 * full name ({@code urn:…:enterprise:2.0:User:employeeNumber}) or nested under it. Attribute names are
 * case-insensitive. A path to an attribute Binôme does not keep is refused ({@code invalidPath}), never ignored.
 */
final class ScimPaths {

    static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /** The attributes of a user Binôme keeps, lower case (sub-attributes are checked by the representation). */
    static final Set<String> USER_ATTRIBUTES = Set.of(
            "id",
            "externalid",
            "username",
            "name",
            "displayname",
            "title",
            "preferredlanguage",
            "locale",
            "active",
            "emails",
            "addresses",
            "schemas",
            "meta",
            ENTERPRISE.toLowerCase(Locale.ROOT));

    static final Set<String> ENTERPRISE_ATTRIBUTES = Set.of("employeenumber", "department", "manager");

    private ScimPaths() {}

    /** A parsed path: the container (core or the extension), the attribute, an optional value filter, a sub-attribute. */
    record Path(boolean enterprise, String attribute, ScimFilter.Comparison filter, String sub) {}

    static Path parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalidPath(text);
        }
        var rest = text.strip();
        boolean enterprise = false;
        if (rest.regionMatches(true, 0, ENTERPRISE + ":", 0, ENTERPRISE.length() + 1)) {
            enterprise = true;
            rest = rest.substring(ENTERPRISE.length() + 1);
        } else if (rest.regionMatches(true, 0, CORE + ":", 0, CORE.length() + 1)) {
            rest = rest.substring(CORE.length() + 1);
        } else if (rest.equalsIgnoreCase(ENTERPRISE)) {
            return new Path(false, ENTERPRISE.toLowerCase(Locale.ROOT), null, null);
        }
        ScimFilter.Comparison filter = null;
        int open = rest.indexOf('[');
        String attribute;
        String sub = null;
        if (open >= 0) {
            int close = rest.indexOf(']', open);
            if (close < 0) {
                throw invalidPath(text);
            }
            attribute = rest.substring(0, open);
            var inner = ScimFilter.parse(rest.substring(open + 1, close)).comparisons();
            if (inner.size() != 1) {
                throw invalidPath(text);
            }
            filter = inner.get(0);
            var after = rest.substring(close + 1);
            if (after.startsWith(".")) {
                sub = after.substring(1);
            } else if (!after.isEmpty()) {
                throw invalidPath(text);
            }
        } else {
            int dot = rest.indexOf('.');
            attribute = dot < 0 ? rest : rest.substring(0, dot);
            sub = dot < 0 ? null : rest.substring(dot + 1);
        }
        attribute = attribute.toLowerCase(Locale.ROOT);
        if (!(enterprise ? ENTERPRISE_ATTRIBUTES : USER_ATTRIBUTES).contains(attribute)) {
            throw invalidPath(text);
        }
        return new Path(enterprise, attribute, filter, sub == null ? null : sub.toLowerCase(Locale.ROOT));
    }

    /** The text at this path in a representation, or null. */
    static String text(ObjectNode user, String pathText) {
        var path = parse(pathText);
        var node = target(user, path, false);
        if (node == null) {
            return null;
        }
        if (path.sub() != null) {
            node = field(node, path.sub());
        }
        return node == null || node.isNull() || node.isMissingNode() ? null : ScimPaths.asText(node);
    }

    /** Sets (add/replace) a value at a path; {@code remove} when value is null. */
    static void set(ObjectNode user, String pathText, JsonNode value) {
        var path = parse(pathText);
        var holder = path.enterprise() ? extension(user) : user;
        var key = name(holder, path.attribute());
        if (path.filter() == null && path.sub() == null) {
            if (value == null) {
                holder.remove(key);
            } else {
                holder.set(key, value);
            }
            return;
        }
        if (path.filter() == null) {
            // name.givenName, manager.value, emails.value (the first e-mail)
            var current = holder.get(key);
            ObjectNode object;
            if (current instanceof ArrayNode array) {
                object = array.isEmpty() ? array.addObject() : (ObjectNode) array.get(0);
            } else if (current instanceof ObjectNode existing) {
                object = existing;
            } else {
                object = holder.putObject(key);
            }
            put(object, path.sub(), value);
            return;
        }
        var array = holder.get(key) instanceof ArrayNode existing ? existing : holder.putArray(key);
        ObjectNode element = null;
        for (var item : array) {
            if (item instanceof ObjectNode object
                    && path.filter().matches(asText(field(object, path.filter().attribute())))) {
                element = object;
            }
        }
        if (element == null) {
            if (value == null) {
                return;
            }
            element = array.addObject();
            if (path.filter().operator().equals("eq")) {
                element.put(path.filter().attribute(), path.filter().value());
            }
        }
        if (path.sub() == null) {
            if (value == null) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.get(i) == element) {
                        array.remove(i);
                    }
                }
            } else if (value instanceof ObjectNode object) {
                element.setAll(object);
            }
        } else {
            put(element, path.sub(), value);
        }
    }

    private static void put(ObjectNode object, String sub, JsonNode value) {
        var key = name(object, sub);
        if (value == null) {
            object.remove(key);
        } else {
            object.set(key, value);
        }
    }

    private static JsonNode target(ObjectNode user, Path path, boolean create) {
        JsonNode holder = path.enterprise() ? user.get(ENTERPRISE) : user;
        if (holder == null) {
            return null;
        }
        var node = field(holder, path.attribute());
        if (node == null || path.filter() == null) {
            if (node instanceof ArrayNode array && path.sub() != null) {
                return array.isEmpty() ? null : array.get(0);
            }
            return node;
        }
        for (var item : node) {
            if (path.filter().matches(asText(field(item, path.filter().attribute())))) {
                return item;
            }
        }
        return null;
    }

    static ObjectNode extension(ObjectNode user) {
        return user.get(ENTERPRISE) instanceof ObjectNode object ? object : user.putObject(ENTERPRISE);
    }

    /** A field by case-insensitive name. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (var entry : object.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The existing spelling of a field, or the canonical one. */
    private static String name(ObjectNode object, String lowerCase) {
        for (var key : object.propertyNames()) {
            if (key.equalsIgnoreCase(lowerCase)) {
                return key;
            }
        }
        return switch (lowerCase) {
            case "givenname" -> "givenName";
            case "familyname" -> "familyName";
            case "displayname" -> "displayName";
            case "username" -> "userName";
            case "externalid" -> "externalId";
            case "preferredlanguage" -> "preferredLanguage";
            case "employeenumber" -> "employeeNumber";
            default -> lowerCase;
        };
    }

    static String asText(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.isValueNode() ? node.asString() : null;
    }

    static JsonNode textNode(String value) {
        return JsonNodeFactory.instance.stringNode(value);
    }

    private static RuleViolation invalidPath(String text) {
        return RuleViolation.invalid("scim.error.invalidPath", String.valueOf(text));
    }
}
