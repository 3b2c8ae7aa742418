package org.binome.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.binome.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the mapping screen shows for a file and a set of choices: each dated column's detected format (and whether the
 * file is ambiguous), the departments and sites offered in the value tables, and the first lines as they would be
 * imported, with their problems. Recomputed on every change of the form (htmx), from the first rows only.
 */
@Component
class MappingScreen {

    private final HrImport hrImport;
    private final ImportPreview preview;
    private final ImportMessages messages;
    private final SavedMappings saved;

    private final java.time.Clock clock;

    MappingScreen(
            HrImport hrImport,
            ImportPreview preview,
            ImportMessages messages,
            SavedMappings saved,
            java.time.Clock clock) {
        this.clock = clock;
        this.hrImport = hrImport;
        this.preview = preview;
        this.messages = messages;
        this.saved = saved;
    }

    /** A dated field's column: the format chosen, the one its values suggest, and whether both orders read them all. */
    record Dating(DateFormat chosen, DateFormat detected, boolean ambiguous, int unreadable) {}

    void fill(Model model, ImportJob job, ImportSettings settings, Locale locale) {
        var samples = hrImport.samples(job);
        model.addAttribute("settings", settings);
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("dateFormats", DateFormat.values());
        model.addAttribute("nameOrders", NameSplitter.Order.values());
        model.addAttribute("managerKeys", ImportSettings.ManagerKey.values());
        model.addAttribute("valueLists", MappingProposals.valuesInFile(samples, settings));
        model.addAttribute("notices", messages.notices(job, locale));
        model.addAttribute(
                "savedNames",
                saved.all().stream().map(SavedMappings.Saved::name).toList());
        if (job.workbook() && job.storedFile() != null) {
            model.addAttribute("sheets", XlsxFile.sheets(java.nio.file.Path.of(job.storedFile())));
        }
        live(model, job, settings, samples, locale);
    }

    /** The part htmx refreshes: detections and the preview of the first lines. */
    void live(Model model, ImportJob job, ImportSettings settings, ImportSamples samples, Locale locale) {
        var datings = new EnumMap<ImportField, Dating>(ImportField.class);
        for (var field : ImportField.values()) {
            var header = settings.columns().get(field);
            if (field.dated() && header != null) {
                var detection = MappingProposals.detection(samples, header, field, java.time.LocalDate.now(clock));
                datings.put(
                        field,
                        new Dating(
                                settings.dates().getOrDefault(field, detection.format()),
                                detection.format(),
                                detection.ambiguous(),
                                detection.unreadable()));
            }
        }
        model.addAttribute("datings", datings);
        model.addAttribute("previewFields", ImportPreview.fields(settings));
        model.addAttribute(
                "nameOrderDetected",
                settings.fullName() == null ? null : NameSplitter.detect(samples.column(settings.fullName())));
        model.addAttribute("managerDetected", MappingProposals.managerKey(samples, settings.columns()));
        try {
            HrImport.checkSettings(job, settings);
        } catch (RuleViolation e) {
            model.addAttribute("previewError", messages.explain(e, locale));
        }
        if (job.storedFile() == null) {
            model.addAttribute("previewLines", List.of());
            return;
        }
        var dates = new EnumMap<ImportField, DateFormat>(settings.dates());
        datings.forEach((field, dating) -> dates.putIfAbsent(field, dating.chosen()));
        var effective = new ImportSettings(
                settings.columns(),
                settings.fullName(),
                settings.nameOrder(),
                dates,
                settings.managerBy(),
                settings.constants(),
                settings.values(),
                settings.emailPattern());
        var lines = preview.live(job.source(), effective);
        model.addAttribute("previewLines", lines);
        model.addAttribute("reasons", reasons(lines, locale));
    }

    void live(Model model, ImportJob job, ImportSettings settings, Locale locale) {
        live(model, job, settings, hrImport.samples(job), locale);
    }

    private Map<Long, List<String>> reasons(List<ImportPreview.Line> lines, Locale locale) {
        var reasons = new java.util.HashMap<Long, List<String>>();
        for (var line : lines) {
            reasons.put(
                    line.line(),
                    line.problems().stream()
                            .map(p -> messages.reason(p, locale))
                            .toList());
        }
        return reasons;
    }
}
