package org.binome.people;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.binome.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCIM 2.0 provisioning of the directory (RFC 7644): users, departments as groups, and the discovery documents.
 * Reached only with an API token holding the {@code scim} scope (identity's token chain). Refusals are SCIM error
 * documents ({@code application/scim+json}) made by this controller's own handlers: the one part of Binôme whose
 * error format is not RFC 9457, kept here rather than in the shell's shared refusal handling.
 */
@RestController
@RequestMapping(
        path = "/scim/v2",
        produces = {ScimController.SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
class ScimController {

    static final String SCIM_JSON = "application/scim+json";
    static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final MediaType SCIM = MediaType.parseMediaType(SCIM_JSON);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ScimUsers users;
    private final ScimGroups groups;
    private final ScimDiscovery discovery;
    private final MessageSource messages;

    ScimController(ScimUsers users, ScimGroups groups, ScimDiscovery discovery, MessageSource messages) {
        this.users = users;
        this.groups = groups;
        this.discovery = discovery;
        this.messages = messages;
    }

    @GetMapping("/Users")
    ResponseEntity<JsonNode> users(
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "1") int startIndex,
            @RequestParam(defaultValue = "100") int count) {
        var page = users.list(filter, startIndex, count, base());
        return ok(list(page.resources(), page.total(), page.startIndex()));
    }

    @GetMapping("/Users/{id}")
    ResponseEntity<JsonNode> user(@PathVariable String id) {
        var user = users.get(id, base());
        return ResponseEntity.ok().contentType(SCIM).eTag(version(user)).body(user);
    }

    @PostMapping(
            path = "/Users",
            consumes = {SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<JsonNode> create(@RequestBody JsonNode body) {
        var user = users.create(body, base());
        return ResponseEntity.status(HttpStatus.CREATED)
                .contentType(SCIM)
                .location(java.net.URI.create(user.path("meta").path("location").asString()))
                .eTag(version(user))
                .body(user);
    }

    @PutMapping(
            path = "/Users/{id}",
            consumes = {SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<JsonNode> replace(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var user = users.replace(id, body, ifMatch, base());
        return ResponseEntity.ok().contentType(SCIM).eTag(version(user)).body(user);
    }

    @PatchMapping(
            path = "/Users/{id}",
            consumes = {SCIM_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<JsonNode> patch(
            @PathVariable String id,
            @RequestBody JsonNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var user = users.patch(id, body, ifMatch, base());
        return ResponseEntity.ok().contentType(SCIM).eTag(version(user)).body(user);
    }

    @DeleteMapping("/Users/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        users.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/Groups")
    ResponseEntity<JsonNode> groups(
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "1") int startIndex,
            @RequestParam(defaultValue = "100") int count,
            @RequestParam(required = false) String excludedAttributes) {
        var page = groups.list(filter, startIndex, count, withoutMembers(excludedAttributes), base());
        return ok(list(page.resources(), page.total(), page.startIndex()));
    }

    @GetMapping("/Groups/{id}")
    ResponseEntity<JsonNode> group(@PathVariable String id, @RequestParam(required = false) String excludedAttributes) {
        return ok(groups.get(id, withoutMembers(excludedAttributes), base()));
    }

    /**
     * Departments come from the HR export: an identity provider cannot create, replace, patch or delete them. RFC 7644
     * (section 3.12) answers an operation the service provider does not support with 501, as a SCIM error document.
     */
    @PostMapping("/Groups")
    ResponseEntity<JsonNode> groupCreation(HttpServletRequest request) {
        return groupsAreReadOnly(request);
    }

    @RequestMapping(
            path = "/Groups/{id}",
            method = {RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
    ResponseEntity<JsonNode> groupsAreReadOnly(HttpServletRequest request) {
        return error(
                HttpStatus.NOT_IMPLEMENTED,
                "mutability",
                messages.getMessage("scim.error.groupsReadOnly", null, locale(request)));
    }

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<JsonNode> serviceProviderConfig() {
        return ok(discovery.serviceProviderConfig(base()));
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<JsonNode> resourceTypes() {
        var types = discovery.resourceTypes(base());
        return ok(list(types, types.size(), 1));
    }

    @GetMapping("/ResourceTypes/{name}")
    ResponseEntity<JsonNode> resourceType(@PathVariable String name) {
        return ok(discovery.resourceTypes(base()).stream()
                .filter(t -> t.path("id").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("scim.error.notFound", name)));
    }

    @GetMapping("/Schemas")
    ResponseEntity<JsonNode> schemas() {
        var schemas = discovery.schemas(base());
        return ok(list(schemas, schemas.size(), 1));
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<JsonNode> schema(@PathVariable String id) {
        return ok(discovery.schemas(base()).stream()
                .filter(t -> t.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("scim.error.notFound", id)));
    }

    /** A refusal as a SCIM error document; the {@code scimType} is the last part of the message key. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<JsonNode> refused(RuleViolation refusal, HttpServletRequest request) {
        var status = switch (refusal.key()) {
            case "scim.error.versionMismatch" -> HttpStatus.PRECONDITION_FAILED;
            default ->
                refusal.kind() == RuleViolation.Kind.INVALID
                        ? HttpStatus.BAD_REQUEST
                        : HttpStatus.valueOf(refusal.kind().status());
        };
        var type = refusal.key().substring(refusal.key().lastIndexOf('.') + 1);
        var scimType = switch (type) {
            case "required", "tooLong", "invalidEmail", "unknownManager", "noValue" -> "invalidValue";
            case "employeeNumberChanged" -> "mutability";
            case "userNameTaken" -> "uniqueness";
            case "noOperations", "invalidOperation" -> "invalidSyntax";
            case "notFound", "versionMismatch" -> null;
            default -> type;
        };
        return error(status, scimType, messages.getMessage(refusal.key(), refusal.arguments(), locale(request)));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<JsonNode> unreadable(Exception e, HttpServletRequest request) {
        return error(
                HttpStatus.BAD_REQUEST,
                "invalidSyntax",
                messages.getMessage("scim.error.invalidSyntax", null, locale(request)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<JsonNode> unsupported(Exception e, HttpServletRequest request) {
        return error(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                null,
                messages.getMessage("scim.error.mediaType", null, locale(request)));
    }

    /** Integrations rarely say which language they read: without {@code Accept-Language}, English. */
    private static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }

    private static ResponseEntity<JsonNode> error(HttpStatus status, String scimType, String detail) {
        var body = NODES.objectNode();
        body.putArray("schemas").add(ERROR);
        body.put("status", String.valueOf(status.value()));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return ResponseEntity.status(status).contentType(SCIM).body(body);
    }

    private static ResponseEntity<JsonNode> ok(JsonNode body) {
        return ResponseEntity.ok().contentType(SCIM).body(body);
    }

    static ObjectNode list(java.util.List<ObjectNode> resources, int total, int startIndex) {
        var body = NODES.objectNode();
        body.putArray("schemas").add(LIST);
        body.put("totalResults", total);
        body.put("itemsPerPage", resources.size());
        body.put("startIndex", startIndex);
        var array = body.putArray("Resources");
        resources.forEach(array::add);
        return body;
    }

    private static boolean withoutMembers(String excludedAttributes) {
        return excludedAttributes != null
                && java.util.Arrays.stream(excludedAttributes.split(","))
                        .anyMatch(a -> a.strip().equalsIgnoreCase("members"));
    }

    private static String version(JsonNode resource) {
        return resource.path("meta").path("version").asString();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/scim/v2")
                .toUriString();
    }
}
