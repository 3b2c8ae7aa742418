package org.binome.people;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** The mapping screen's form, read into {@link ImportSettings}; unknown choices are ignored rather than trusted. */
final class MappingForm {

    private MappingForm() {}

    static ImportSettings read(MultiValueMap<String, String> form) {
        var columns = new EnumMap<ImportField, String>(ImportField.class);
        var constants = new EnumMap<ImportField, String>(ImportField.class);
        var dates = new EnumMap<ImportField, DateFormat>(ImportField.class);
        var values = new EnumMap<ImportField, Map<String, String>>(ImportField.class);
        for (var field : ImportField.values()) {
            var header = form.getFirst("field." + field.name());
            if (header != null && !header.isBlank()) {
                columns.put(field, header);
            }
            var constant = form.getFirst("constant." + field.name());
            if (constant != null && !constant.isBlank()) {
                constants.put(field, constant);
            }
            var format = enumOf(DateFormat.class, form.getFirst("format." + field.name()));
            if (format != null && field.dated()) {
                dates.put(field, format);
            }
            var from = form.getOrDefault("value." + field.name() + ".from", List.of());
            var to = form.getOrDefault("value." + field.name() + ".to", List.of());
            var table = new LinkedHashMap<String, String>();
            for (int i = 0; i < Math.min(from.size(), to.size()); i++) {
                if (!from.get(i).isBlank() && !to.get(i).isBlank()) {
                    table.put(from.get(i), to.get(i));
                }
            }
            if (!table.isEmpty()) {
                values.put(field, table);
            }
        }
        var fullName = form.getFirst("fullName");
        return new ImportSettings(
                columns,
                fullName,
                enumOf(NameSplitter.Order.class, form.getFirst("nameOrder")),
                dates,
                enumOf(ImportSettings.ManagerKey.class, form.getFirst("managerBy")),
                constants,
                values,
                form.getFirst("emailPattern"));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
