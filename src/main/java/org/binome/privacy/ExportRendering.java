package org.binome.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** An export as JSON (portability) and as a readable, self-contained HTML page or PDF document (access). */
@Component
class ExportRendering {

    private final TemplateEngine templates;
    private final ExportPdf pdf;

    ExportRendering(TemplateEngine templates, ExportPdf pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    Map<String, Object> json(PersonalDataExports.Export export) {
        var document = new LinkedHashMap<String, Object>();
        document.put("format", "binome-personal-data/1");
        document.put("employeeNumber", export.employeeNumber());
        document.put("producedAt", export.producedAt().toString());
        var modules = new LinkedHashMap<String, Object>();
        export.modules().forEach((module, parts) -> {
            var named = new LinkedHashMap<String, Object>();
            parts.forEach(part -> named.put(part.name(), part.rows()));
            modules.put(module, named);
        });
        document.put("data", modules);
        return document;
    }

    String html(PersonalDataExports.Export export, Locale locale) {
        var context = new Context(locale);
        context.setVariable("export", export);
        return templates.process("privacy/export", context);
    }

    byte[] pdf(PersonalDataExports.Export export, Locale locale) {
        return pdf.write(export, locale);
    }

    String attachment(PersonalDataExports.Export export, String extension) {
        var safe = export.employeeNumber().replaceAll("[^A-Za-z0-9_-]", "_");
        return "attachment; filename=\"binome-data-" + safe + "." + extension + "\"";
    }
}
