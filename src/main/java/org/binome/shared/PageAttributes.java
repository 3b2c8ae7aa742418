package org.binome.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * A request whose attributes set or removed through it stay its own, the others read through from the request it
 * wraps. Thymeleaf keeps a page's variables (the model, each {@code th:each} and {@code th:with} variable, and the
 * values they hide, restored at the end of their element) as the request's attributes: rendered on this, it keeps them
 * in one map instead of writing them through the request's wrappers (security, session, Tomcat's own checks) to
 * Tomcat's request and reading them back the same way.
 */
final class PageAttributes extends HttpServletRequestWrapper {

    /** Marks an attribute removed here that the wrapped request may still hold. */
    private static final Object REMOVED = new Object();

    private final Map<String, Object> own = new HashMap<>();

    PageAttributes(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Object getAttribute(String name) {
        var value = own.get(name);
        if (value == null) {
            return super.getAttribute(name);
        }
        return value == REMOVED ? null : value;
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        var names = new LinkedHashSet<String>();
        super.getAttributeNames().asIterator().forEachRemaining(names::add);
        own.forEach((name, value) -> {
            if (value == REMOVED) {
                names.remove(name);
            } else {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }

    @Override
    public void setAttribute(String name, Object value) {
        own.put(name, value == null ? REMOVED : value);
    }

    @Override
    public void removeAttribute(String name) {
        own.put(name, REMOVED);
    }
}
