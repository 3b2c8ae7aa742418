package org.binome.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's request mappings, with one quick look before each mapping is tried in full: a path with a variable
 * ({@code /mentorships/42}) has no direct match, so Spring tries every mapping of the application in turn (about 250:
 * HTTP method, parameters, headers, media types, then the path patterns, each reading the request through the
 * security and session wrappers). That was 5 % of a pair page's CPU, and 7 % of a node's under the load test. Here a
 * mapping whose every pattern starts with a literal segment ({@code /mentorships/...}, {@code /admin/...}) is skipped
 * at once when the request's first segment is none of those; anything else (a pattern starting with a variable or a
 * wildcard) is tried as before. Skipping only mappings whose patterns cannot match changes no answer: a matched
 * request gets the same handler, and the answers for no match (404, 405 with its {@code Allow}, 406) are worked out by
 * Spring over every mapping, as before.
 */
class FirstSegmentMappings extends RequestMappingHandlerMapping {

    /** A mapping that may match whatever the first segment is. */
    private static final Set<String> ANY = Set.of();

    /** The first segment of the request being looked up on this thread (null: no quick look). */
    private static final ThreadLocal<String> FIRST = new ThreadLocal<>();

    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        var outer = FIRST.get();
        FIRST.set(firstSegment(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                FIRST.remove();
            } else {
                FIRST.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        var first = FIRST.get();
        if (first != null) {
            var literal = firstSegments.computeIfAbsent(info, this::literalFirstSegments);
            if (literal != ANY && !literal.contains(first)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /**
     * The request's first path segment within the application, as path patterns compare it (decoded, without matrix
     * variables), or null when the path does not start with a separator.
     */
    private String firstSegment(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        var elements = ServletRequestPathUtils.getParsedRequestPath(request)
                .pathWithinApplication()
                .elements();
        if (elements.isEmpty()) {
            return "";
        }
        if (!(elements.get(0) instanceof PathContainer.Separator)) {
            return null;
        }
        if (elements.size() < 2 || !(elements.get(1) instanceof PathContainer.PathSegment segment)) {
            return "";
        }
        return caseSensitive() ? segment.valueToMatch() : segment.valueToMatch().toLowerCase(Locale.ROOT);
    }

    /** The literal first segments of the mapping's patterns, or {@link #ANY}. */
    private Set<String> literalFirstSegments(RequestMappingInfo info) {
        var condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY;
        }
        var segments = new HashSet<String>();
        for (var pattern : condition.getPatterns()) {
            var text = pattern.getPatternString();
            if (text.isEmpty() || text.equals("/")) {
                segments.add("");
                continue;
            }
            if (!text.startsWith("/")) {
                return ANY;
            }
            int end = text.indexOf('/', 1);
            var first = end < 0 ? text.substring(1) : text.substring(1, end);
            if (first.isEmpty() || first.indexOf('{') >= 0 || first.indexOf('*') >= 0 || first.indexOf('?') >= 0) {
                return ANY;
            }
            segments.add(caseSensitive() ? first : first.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(segments);
    }

    private boolean caseSensitive() {
        var parser = getPatternParser();
        return parser == null || parser.isCaseSensitive();
    }
}
