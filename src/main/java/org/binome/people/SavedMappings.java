package org.binome.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the mapping screen remembers: mappings saved under a name per source ("Export Workday mensuel"), the last
 * columns chosen, and the value tables of departments and sites ("IT/IS" → "Informatique").
 */
@Component
class SavedMappings {

    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;

    SavedMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Saved(String name, ImportSettings settings) {}

    /** Every saved mapping, the most recently saved first. */
    List<Saved> all() {
        return jdbc.sql("select name, settings from import_saved_mapping order by updated_at desc, name")
                .query((rs, i) -> new Saved(rs.getString(1), ImportSettings.fromJson(rs.getString(2))))
                .list();
    }

    Optional<Saved> find(String name) {
        return jdbc.sql("select name, settings from import_saved_mapping where name = ?")
                .param(name)
                .query((rs, i) -> new Saved(rs.getString(1), ImportSettings.fromJson(rs.getString(2))))
                .optional();
    }

    /** The most recent saved mapping whose columns this file has, if any. */
    Optional<Saved> fitting(List<String> headers) {
        return all().stream().filter(saved -> saved.settings().fits(headers)).findFirst();
    }

    @Transactional
    void save(String name, ImportSettings settings) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("update import_saved_mapping set settings = ?, updated_at = ? where name = ?")
                .params(settings.toJson(), now, name)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into import_saved_mapping (name, settings, updated_at) values (?, ?, ?)")
                    .params(name, settings.toJson(), now)
                    .update();
        }
    }

    Map<ImportField, String> lastColumns() {
        var mapping = new EnumMap<ImportField, String>(ImportField.class);
        jdbc.sql("select field, header from import_column_mapping").query(rs -> {
            try {
                mapping.put(ImportField.valueOf(rs.getString(1)), rs.getString(2));
            } catch (IllegalArgumentException ignored) {
                // a field this version no longer knows
            }
        });
        return mapping;
    }

    /** The columns and value tables of this mapping, proposed for the next file. */
    @Transactional
    void remember(ImportSettings settings) {
        jdbc.sql("delete from import_column_mapping").update();
        settings.columns()
                .forEach((field, header) -> jdbc.sql("insert into import_column_mapping (field, header) values (?, ?)")
                        .params(field.name(), cut(header, 200))
                        .update());
        settings.values()
                .forEach((field, table) -> table.forEach((from, to) -> {
                    var key = cut(SearchKeys.fold(from.strip()), 200);
                    jdbc.sql("delete from import_value_table where field = ? and source_key = ?")
                            .params(field.name(), key)
                            .update();
                    if (to != null && !to.isBlank()) {
                        jdbc.sql("insert into import_value_table (field, source_key, target) values (?, ?, ?)")
                                .params(field.name(), key, cut(to.strip(), 100))
                                .update();
                    }
                }));
    }

    /** The remembered translation of each value given, by field, for the values that have one. */
    Map<ImportField, Map<String, String>> valueTables(Map<ImportField, List<String>> valuesInFile) {
        var known = new EnumMap<ImportField, Map<String, String>>(ImportField.class);
        jdbc.sql("select field, source_key, target from import_value_table").query(rs -> {
            try {
                known.computeIfAbsent(ImportField.valueOf(rs.getString(1)), f -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3));
            } catch (IllegalArgumentException ignored) {
                // a field this version no longer knows
            }
        });
        var tables = new EnumMap<ImportField, Map<String, String>>(ImportField.class);
        valuesInFile.forEach((field, values) -> {
            var table = new java.util.LinkedHashMap<String, String>();
            for (var value : values) {
                var target = known.getOrDefault(field, Map.of()).get(SearchKeys.fold(value.strip()));
                if (target != null) {
                    table.put(value, target);
                }
            }
            if (!table.isEmpty()) {
                tables.put(field, table);
            }
        });
        return tables;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
