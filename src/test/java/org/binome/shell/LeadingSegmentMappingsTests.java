package org.binome.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The application's request mappings find, for every route, the handler Spring's own mapping finds, and answer the
 * same for what matches nothing (no handler, or the same refusal): the quick look at the leading literal segments only skips
 * mappings that cannot match.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class LeadingSegmentMappingsTests {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS");

    @Autowired
    ApplicationContext context;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteGoesWhereSpringsOwnMappingSendsIt() throws Exception {
        assertThat(mappings).isInstanceOf(LeadingSegmentMappings.class);
        var plain = new RequestMappingHandlerMapping();
        plain.setApplicationContext(context);
        plain.setEmbeddedValueResolver(new org.springframework.beans.factory.config.EmbeddedValueResolver(
                ((org.springframework.context.ConfigurableApplicationContext) context).getBeanFactory()));
        plain.setPathPrefixes(mappings.getPathPrefixes());
        plain.afterPropertiesSet();

        var paths = new LinkedHashSet<String>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (var pattern : info.getPatternValues()) {
                paths.add(sample(pattern));
            }
        }
        assertThat(paths).as("the application's routes").hasSizeGreaterThan(150);
        paths.addAll(Set.of(
                "/",
                "/nothing/here",
                "/mentorships",
                "/mentorships/",
                "/Mentorships/1",
                "/mentorships/1;x=y",
                "/%6Dentorships/1",
                "/admin/people/abc",
                "/api/v1/nothing",
                "/admin/",
                "/admin/programmes/",
                "/admin/programmes//matching",
                "/admin//programmes/1/matching",
                "/ADMIN/programmes/1/matching",
                "/admin/Programmes/1/matching",
                "/admin/programmes;x=y/1/matching",
                "/admin/%70rogrammes/1/matching",
                "/admin/programmes/1/matching/proposals/2/components/",
                "/admin/programmes/abc/matching",
                "/admin/programmes/1/Matching",
                "/admin/programmes/1/matching;x=y",
                "/admin/programmes/%31/matching",
                ""));

        var compared = new ArrayList<String>();
        for (var path : paths) {
            for (var method : METHODS) {
                var expected = answer(plain, method, path);
                var actual = answer(mappings, method, path);
                assertThat(actual).as(method + " " + path).isEqualTo(expected);
                compared.add(method + " " + path + " -> " + actual);
            }
        }
        assertThat(compared)
                .as("a pair page finds its controller")
                .anyMatch(line -> line.startsWith("GET /mentorships/1 -> ") && line.contains("MentorshipController"));
        assertThat(compared)
                .as("the matching page finds its controller")
                .anyMatch(line -> line.startsWith("GET /admin/programmes/1/matching -> ")
                        && line.contains("MatchingAdminController.show"));
    }

    /** A path the pattern matches: variables and wildcards replaced by plain values. */
    private static String sample(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "a/b")
                .replaceAll("\\{[^}]+}", "1")
                .replace("**", "x/y")
                .replace("*", "x");
    }

    /** The handler method found, or what the mapping answered instead (nothing, or the exception's class). */
    private static String answer(HandlerMapping mapping, String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = mapping.getHandler(request);
            if (chain == null) {
                return "no handler";
            }
            return chain.getHandler() instanceof HandlerMethod handler
                    ? handler.getBeanType().getSimpleName() + "."
                            + handler.getMethod().getName()
                    : chain.getHandler().getClass().getSimpleName();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }
}
