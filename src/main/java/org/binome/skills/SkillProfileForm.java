package org.binome.skills;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A skill profile as typed, bound as {@code profileForm}: per catalogue code, the level offered ({@code offered[code]},
 * 0 for none), the priority wanted ({@code wanted[code]}) and a comment ({@code comment[code]}). A level that is not a
 * number is a {@code typeMismatch}; one out of range breaks the constraints (messages {@code Max.profileForm.offered}…
 * in the skills bundle).
 */
record SkillProfileForm(
        Map<String, @Min(0) @Max(SkillDeclaration.MAX_OFFERED_LEVEL) Integer> offered,
        Map<String, @Min(0) @Max(SkillDeclaration.MAX_WANTED_PRIORITY) Integer> wanted,
        Map<String, @Size(max = SkillDeclaration.MAX_COMMENT) String> comment) {

    SkillProfileForm {
        offered = offered == null ? Map.of() : offered;
        wanted = wanted == null ? Map.of() : wanted;
        comment = comment == null ? Map.of() : comment;
    }

    /** The profile as saved: one entry per catalogue skill. */
    static SkillProfileForm of(java.util.List<SkillProfileLine> lines) {
        var offered = new java.util.LinkedHashMap<String, Integer>();
        var wanted = new java.util.LinkedHashMap<String, Integer>();
        var comment = new java.util.LinkedHashMap<String, String>();
        for (var line : lines) {
            var code = line.skill().code();
            offered.put(code, line.offeredLevel());
            wanted.put(code, line.wantedPriority());
            comment.put(code, line.offeredComment() != null ? line.offeredComment() : line.wantedComment());
        }
        return new SkillProfileForm(offered, wanted, comment);
    }

    public int offeredLevel(String code) {
        var level = offered.get(code);
        return level == null ? 0 : level;
    }

    public int wantedPriority(String code) {
        var priority = wanted.get(code);
        return priority == null ? 0 : priority;
    }

    public String commentOn(String code) {
        var text = comment.get(code);
        return text == null ? "" : text.strip();
    }
}
