package org.binome.skills;

/**
 * One skill a person offers or wants, with its level (offered, 1–4) or priority (wanted, 1–3) and an optional short
 * comment.
 */
public record SkillDeclaration(String skillCode, SkillDirection direction, int level, String comment) {

    public static final int MAX_OFFERED_LEVEL = 4;
    public static final int MAX_WANTED_PRIORITY = 3;
    public static final int MAX_COMMENT = 200;

    public SkillDeclaration {
        int max = direction == SkillDirection.OFFERED ? MAX_OFFERED_LEVEL : MAX_WANTED_PRIORITY;
        if (level < 1 || level > max) {
            throw new IllegalArgumentException("level must be between 1 and " + max + " for " + direction);
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment longer than " + MAX_COMMENT);
        }
    }

    public SkillDeclaration(String skillCode, SkillDirection direction, int level) {
        this(skillCode, direction, level, null);
    }
}
