package org.binome.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.binome.identity.Accounts;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private final Accounts accounts;

    WebConfiguration(Accounts accounts) {
        this.accounts = accounts;
    }

    /** French first; a person's choice is kept in a cookie, and in their account once they are signed in. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("binome-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                var locale = super.resolveLocale(request);
                // A hand-edited cookie must not select a language Binôme has no texts for.
                return SUPPORTED.stream()
                        .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                        .findFirst()
                        .orElse(Locale.FRENCH);
            }
        };
        resolver.setDefaultLocaleFunction(request -> Locale.FRENCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * A page goes to the network in one write: the connection's write buffer holds 64 kB instead of Tomcat's 8 kB,
     * so a page (20 to 60 kB of HTML) is sent by one system call instead of one per 8 kB. Each of those calls went
     * through the network stack (on loopback, the receiving side's too): 5.5 % of the application form's CPU (55 kB),
     * 2.6 % with the larger buffer (async-profiler, H2, 10 connections). The buffer is per open connection, in the
     * heap: 64 kB × the connections a node keeps open.
     */
    @Bean
    TomcatConnectorCustomizer wholePageWrites() {
        return connector -> connector.setProperty("socket.appWriteBufSize", "65536");
    }

    /** Request mappings looked up with a quick look at the leading path segments ({@link LeadingSegmentMappings}). */
    @Bean
    WebMvcRegistrations leadingSegmentMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LeadingSegmentMappings();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                var requested = request.getParameter(getParamName());
                if (requested == null
                        || SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(requested))) {
                    return true;
                }
                var result = super.preHandle(request, response, handler);
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
                    accounts.rememberLocale(authentication.getName(), Locale.forLanguageTag(requested));
                }
                return result;
            }
        };
        change.setParamName("lang");
        registry.addInterceptor((HandlerInterceptor) change);
        registry.addInterceptor(new InvalidFormStatus());
    }
}
