package org.binome.feedback;

/**
 * Self-assessed level in one DigComp area, paired per person between enrolment (T0) and the end of the programme.
 * Only people who answered both count; pairs are matched with a keyed hash, never with an identity.
 *
 * @param area the DigComp area
 * @param pairs people with both a T0 and an end answer for this area (0 when hidden)
 * @param hidden true when {@code pairs} is under the threshold (or by complementary suppression); the other fields are
 *     then 0
 * @param meanBefore mean level at T0, 1 (foundation) to 4 (highly advanced)
 * @param meanAfter mean level at the end, 1–4
 * @param meanChange mean of (end level − T0 level), from -3 to 3
 * @param gainingOneLevel people whose end level is at least one level above their T0 level
 * @param gainingOneLevelPercent {@code gainingOneLevel} as a share of {@code pairs}, 0–100
 */
public record SkillChange(
        DigitalArea area,
        int pairs,
        boolean hidden,
        double meanBefore,
        double meanAfter,
        double meanChange,
        int gainingOneLevel,
        double gainingOneLevelPercent) {

    static SkillChange hidden(DigitalArea area) {
        return new SkillChange(area, 0, true, 0, 0, 0, 0, 0);
    }
}
