package org.binome.shell;

import java.util.List;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, under their own few URL patterns instead of Spring Boot's catch-all {@code /**}.
 *
 * <p>Every link a page writes ({@code @{/me}}, {@code @{/admin/people}}…) passes through the resource chain's URL
 * encoder, which looks for a static file behind any path matching a resource pattern. Under {@code /**} that meant a
 * class-path lookup inside the nested jar for each of the thirty-odd links of the header on every page, never cached
 * because nothing was found (measured under load: most of a signed-in page's time). Under {@code /css/**},
 * {@code /js/**}, {@code /img/**} and {@code /webjars/**} page links match no pattern and cost nothing, and the files
 * themselves are resolved once and cached. Our own files get a content version in their URL
 * ({@code /css/binome-<md5>.css}), so a new release is never hidden by a browser's 7-day cache; webjars are versioned
 * by their jar ({@code webjars-locator-lite}). {@code spring.web.resources.add-mappings=false} turns Boot's catch-all
 * off.
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
}
