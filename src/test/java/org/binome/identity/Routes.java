package org.binome.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The application's routes, as Spring's handler mappings know them, and the designed answers every module declares
 * in its {@link RouteExpectations}: what {@link RouteCoverageTests} and the attack suite walk.
 */
public final class Routes {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    private Routes() {}

    /** A declared route: method and concrete URL (with its query), with the designed answer for each visitor. */
    public record Expectation(String method, String url, List<String> answers, String table) {
        public String path() {
            var q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    /** A mapping of the application: one pattern and one method. */
    public record Mapping(
            String method, String pattern, String handler, org.springframework.web.method.HandlerMethod handlerMethod) {
        @Override
        public String toString() {
            return method + " " + pattern + " (" + handler + ")";
        }
    }

    public static List<Expectation> expectations() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                new org.springframework.core.type.filter.AssignableTypeFilter(RouteExpectations.class));
        var seen = new TreeMap<String, String>();
        var result = new ArrayList<Expectation>();
        for (var candidate : scanner.findCandidateComponents("org.binome")) {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                var table = (RouteExpectations) type.getDeclaredConstructor().newInstance();
                table.routes().forEach((key, answers) -> {
                    var space = key.indexOf(' ');
                    var method = space > 0 ? key.substring(0, space) : "GET";
                    var url = space > 0 ? key.substring(space + 1) : key;
                    var previous = seen.put(method + " " + url, type.getSimpleName());
                    if (previous != null) {
                        throw new IllegalStateException(
                                key + " is declared twice, in " + previous + " and " + type.getSimpleName());
                    }
                    if (answers.size() != 5) {
                        throw new IllegalStateException(key + " in " + type.getSimpleName() + " needs " + 5
                                + " answers: " + " (nobody, ADMIN, SPONSOR, PARTICIPANT, FACILITATOR)");
                    }
                    result.add(new Expectation(method, url, answers, type.getSimpleName()));
                });
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        result.sort(Comparator.comparing(Expectation::path).thenComparing(Expectation::method));
        return result;
    }

    public static List<Mapping> mappings(ApplicationContext context) {
        var result = new TreeSet<Mapping>(Comparator.comparing(Mapping::pattern).thenComparing(Mapping::method));
        for (var mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                var methods = info.getMethodsCondition().getMethods().stream()
                        .map(RequestMethod::name)
                        .filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS"))
                        .toList();
                for (var pattern : info.getPatternValues()) {
                    for (var method : methods.isEmpty() ? List.of("GET", "POST") : methods) {
                        result.add(new Mapping(
                                method,
                                pattern,
                                handler.getBeanType().getSimpleName() + "#"
                                        + handler.getMethod().getName(),
                                handler));
                    }
                }
            });
        }
        return List.copyOf(result);
    }

    /** The most specific mapping this URL reaches with this method, as Spring would choose it. */
    public static Mapping target(List<Mapping> mappings, String method, String path) {
        var container = PathContainer.parsePath(path);
        return mappings.stream()
                .filter(m -> m.method().equals(method))
                .filter(m ->
                        PathPatternParser.defaultInstance.parse(m.pattern()).matches(container))
                .min(Comparator.comparing(
                        m -> PathPatternParser.defaultInstance.parse(m.pattern()), PathPattern.SPECIFICITY_COMPARATOR))
                .orElse(null);
    }

    /** A URL reaching this pattern: every path variable is 1. */
    public static String concrete(String pattern) {
        return VARIABLE.matcher(pattern).replaceAll("1").replace("/**", "/x");
    }

    /** The names of a pattern's path variables, in order. */
    public static List<String> variables(String pattern) {
        var names = new ArrayList<String>();
        var matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
