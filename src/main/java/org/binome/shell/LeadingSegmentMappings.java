package org.binome.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * security and session wrappers). That was 5 % of a pair page's CPU, and 7 % of a node's under the load test.
 *
 * <p>Here a mapping whose every pattern starts with literal segments ({@code /mentorships/...},
 * {@code /admin/programmes/{id}/matching}, a plain variable standing for any segment) is skipped at once when the
 * request's leading segments are not those; anything else (a pattern starting with a variable or a wildcard) is tried
 * as before. Looking at the first segment only left
 * the hundred-odd {@code /admin/...} mappings to be tried in full for each administrator's page (3 % of the matching
 * page's CPU); the literal segments up to the first variable tell {@code /admin/programmes/1/matching} from
 * {@code /admin/people/...} at once. Skipping only mappings whose patterns cannot match changes no answer: a matched
 * request gets the same handler, and the answers for no match (404, 405 with its {@code Allow}, 406) are worked out by
 * Spring over every mapping, as before.
 */
class LeadingSegmentMappings extends RequestMappingHandlerMapping {

    /** A mapping that may match whatever the request's segments are. */
    private static final List<String[]> ANY = List.of();

    /** The leading segments of the request being looked up on this thread (null: no quick look). */
    private static final ThreadLocal<List<String>> LEADING = new ThreadLocal<>();

    /** At most this many of a request's segments are compared: enough to tell the application's routes apart. */
    private static final int COMPARED = 4;

    /**
     * Each mapping's patterns' leading segments: a literal segment, or null for a plain variable ({@code {id}}), which
     * matches any one non-empty segment (Spring's capture of a variable needs at least one character).
     */
    private final Map<RequestMappingInfo, List<String[]>> literalPrefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        var outer = LEADING.get();
        var leading = leadingSegments(request);
        if (leading == null) {
            LEADING.remove();
        } else {
            LEADING.set(leading);
        }
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                LEADING.remove();
            } else {
                LEADING.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        var leading = LEADING.get();
        if (leading != null) {
            var prefixes = literalPrefixes.computeIfAbsent(info, this::literalPrefixes);
            if (prefixes != ANY && !anyStarts(leading, prefixes)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /**
     * Whether the request's segments start with one of the prefixes: each literal segment equal, each variable
     * (null) any segment the request has there.
     */
    private static boolean anyStarts(List<String> leading, List<String[]> prefixes) {
        for (var prefix : prefixes) {
            if (starts(leading, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(List<String> leading, String[] prefix) {
        if (prefix.length > leading.size()) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            var segment = prefix[i];
            if (segment != null && !segment.equals(leading.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The request's first segments within the application (up to {@link #COMPARED}, as path patterns compare them:
     * decoded, without matrix variables), each a non-empty segment after a separator; the list stops at anything else
     * (an empty segment, a trailing separator). Null when the path was not parsed or does not start with a separator.
     */
    private List<String> leadingSegments(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        var elements = ServletRequestPathUtils.getParsedRequestPath(request)
                .pathWithinApplication()
                .elements();
        if (!elements.isEmpty() && !(elements.get(0) instanceof PathContainer.Separator)) {
            return null;
        }
        var segments = new ArrayList<String>(COMPARED);
        boolean caseSensitive = caseSensitive();
        for (int i = 0; i + 1 < elements.size() && segments.size() < COMPARED; i += 2) {
            if (!(elements.get(i) instanceof PathContainer.Separator)
                    || !(elements.get(i + 1) instanceof PathContainer.PathSegment segment)
                    || segment.valueToMatch().isEmpty()) {
                break;
            }
            var value = segment.valueToMatch();
            segments.add(caseSensitive ? value : value.toLowerCase(Locale.ROOT));
        }
        return segments;
    }

    /**
     * For each of the mapping's patterns, its leading segments (up to {@link #COMPARED}: literal ones, and plain
     * variables as null; stopping at a wildcard, a richer variable or an empty segment, and ending with a
     * literal one), or {@link #ANY} when a pattern has none: the root, a pattern starting with a variable or a
     * wildcard, or one not starting with a separator.
     */
    private List<String[]> literalPrefixes(RequestMappingInfo info) {
        var condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY;
        }
        var prefixes = new ArrayList<String[]>();
        for (var pattern : condition.getPatterns()) {
            var text = pattern.getPatternString();
            if (!text.startsWith("/")) {
                return ANY;
            }
            var prefix = new ArrayList<String>(COMPARED);
            for (var segment : text.substring(1).split("/", -1)) {
                if (prefix.size() == COMPARED
                        || segment.isEmpty()
                        || segment.indexOf('*') >= 0
                        || segment.indexOf('?') >= 0) {
                    break;
                }
                if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                    // one plain variable stands for any segment; anything richer ({a}-{b}, {id:\d+}, {*rest}) ends it
                    if (!segment.matches("\\{[A-Za-z0-9_]+}")) {
                        break;
                    }
                    prefix.add(null);
                    continue;
                }
                prefix.add(caseSensitive() ? segment : segment.toLowerCase(Locale.ROOT));
            }
            // a prefix ends with a literal segment: a variable at its end tells nothing the request's length does not
            while (!prefix.isEmpty() && prefix.get(prefix.size() - 1) == null) {
                prefix.remove(prefix.size() - 1);
            }
            if (prefix.isEmpty()) {
                return ANY;
            }
            prefixes.add(prefix.toArray(new String[0]));
        }
        return List.copyOf(prefixes);
    }

    private boolean caseSensitive() {
        var parser = getPatternParser();
        return parser == null || parser.isCaseSensitive();
    }
}
