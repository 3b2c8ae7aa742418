package org.binome.shell;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Adds why a request was refused (a stale form, for instance) so the error page can explain it. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(request, options);
        var reason = request.getAttribute("binome.error.reason", RequestAttributes.SCOPE_REQUEST);
        attributes.put("reason", reason == null ? "" : reason.toString());
        var unlinked = request.getAttribute("binome.error.unlinkedAccount", RequestAttributes.SCOPE_REQUEST);
        if (unlinked != null) {
            attributes.put("unlinkedAccount", unlinked);
        }
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }
}
