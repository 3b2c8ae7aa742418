package org.binome.shell;

import jakarta.servlet.ServletContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * A static file's public path, with its version ({@code /css/binome.css} → {@code /css/binome-<md5>.css},
 * {@code /webjars/bootstrap/css/…} → {@code /webjars/bootstrap/<version>/css/…}), as {@link StaticResources}' chain
 * resolves it once and keeps it. Used in templates as {@code th:href="${@staticFiles.path('/css/binome.css')}"}
 * (Thymeleaf refuses a bean's call inside a link expression {@code @{…}}).
 *
 * <p>This replaces Spring's {@link ResourceUrlEncodingFilter}, which Boot installs for Thymeleaf: it wrapped every
 * request and response, so that every request attribute a template set or removed, and every link of every page
 * ({@code @{/me}}, {@code @{/mentorships/1}}…), went through it, each link matched against the resource patterns in
 * case it named a file. The pages name their few files themselves, and the frame that holds most of them is rendered
 * once per language and roles (Navigation), so the filter is switched off ({@link StaticResources}).
 */
@Component("staticFiles")
class StaticFiles {

    private final ResourceUrlProvider resources;
    private final String contextPath;

    StaticFiles(ResourceUrlProvider mvcResourceUrlProvider, ServletContext servletContext) {
        this.resources = mvcResourceUrlProvider;
        this.contextPath = servletContext.getContextPath();
    }

    /**
     * The link to the file at {@code path} (under {@code /css}, {@code /js}, {@code /img} or {@code /webjars}): the
     * application's context path and the file's versioned path. A path that names no file is a mistake in a template,
     * refused at once rather than written as a link that answers 404.
     */
    public String path(String path) {
        var versioned = resources.getForLookupPath(path);
        if (versioned == null) {
            throw new IllegalArgumentException("No static file " + path);
        }
        return contextPath + versioned;
    }
}
