package org.binome.shell;

import java.util.List;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, under their own few URL patterns instead of Spring Boot's catch-all {@code /**}.
 *
 * <p>The files are resolved once and cached. Our own files get a content version in their URL
 * ({@code /css/binome-<md5>.css}), so a new release is never hidden by a browser's 7-day cache; webjars are versioned
 * by their jar ({@code webjars-locator-lite}). {@code spring.web.resources.add-mappings=false} turns Boot's catch-all
 * off: under {@code /**}, every link a page wrote was looked up as a file inside the nested jar, never cached because
 * nothing was found (measured under load: most of a signed-in page's time).
 *
 * <p>Pages name their files through {@link StaticFiles}, which asks the chain for the versioned path. Spring's
 * {@link ResourceUrlEncodingFilter}, which Boot would add to rewrite every link of every page in case it names a file,
 * is switched off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private final WebProperties web;

    StaticResources(WebProperties web) {
        this.web = web;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        var cacheControl = web.getResources().getCache().getCachecontrol().toHttpCacheControl();
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(cacheControl)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        for (var folder : List.of("css", "js", "img")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(cacheControl)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

    /** Boot's registration of the filter, disabled: a registration of that filter type keeps Boot from adding one. */
    @Bean
    static FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
