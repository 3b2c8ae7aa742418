package org.binome.identity;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request inside the application, whatever servlet mapping or context path serves it. */
final class RequestPaths {

    private RequestPaths() {}

    static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
