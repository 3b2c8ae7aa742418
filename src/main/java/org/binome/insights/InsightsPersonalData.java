package org.binome.insights;

import java.util.List;
import org.binome.privacy.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Insights' part of the privacy catalogue: its tables hold ids, kinds of changes and pairs' session counts, never a
 * person, so a
 * person's export and erasure find nothing here. The dashboards it computes are aggregates kept in memory.
 */
@Component
class InsightsPersonalData implements PersonalData {

    @Override
    public String module() {
        return "insights";
    }

    @Override
    public List<Table> tables() {
        return List.of(
                Table.notPersonal(
                        "insights_change",
                        "which pair, directory or survey figures changed, by id and kind; kept a day"),
                Table.notPersonal(
                        "insights_pair_sessions",
                        "each pair's session counts and dates, by pair id, for the impact dashboard's full read; kept"
                                + " 12 hours"));
    }

    @Override
    public List<Part> export(String employeeNumber) {
        return List.of();
    }

    @Override
    public void erase(String employeeNumber, String pseudonym) {
        // Nothing names a person here.
    }
}
