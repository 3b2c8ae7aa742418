package org.binome.skills;

import java.util.Map;

/** What one person offers (skill code → level) and wants (skill code → priority). */
public record SkillProfile(String employeeNumber, Map<String, Integer> offered, Map<String, Integer> wanted) {

    public SkillProfile {
        offered = Map.copyOf(offered);
        wanted = Map.copyOf(wanted);
    }

    public static SkillProfile empty(String employeeNumber) {
        return new SkillProfile(employeeNumber, Map.of(), Map.of());
    }
}
