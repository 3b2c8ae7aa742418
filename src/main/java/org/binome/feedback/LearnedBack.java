package org.binome.feedback;

import java.util.List;
import java.util.Locale;

/**
 * What mentors (the juniors) say they learned back from their mentees, from the end-of-programme question "what did
 * you learn from your mentee?" (several choices).
 *
 * @param respondents mentors who answered (0 when hidden)
 * @param hidden true under the threshold (or by complementary suppression); {@code topics} is then empty
 * @param topics every answer option, most chosen first
 */
public record LearnedBack(int respondents, boolean hidden, List<Topic> topics) {

    static final LearnedBack HIDDEN = new LearnedBack(0, true, List.of());

    public LearnedBack {
        topics = List.copyOf(topics);
    }

    /**
     * One answer option.
     *
     * @param code stable option code, e.g. {@code business-knowledge}
     * @param labelFr the option as French respondents read it
     * @param labelEn the option as English respondents read it
     * @param count mentors who chose it
     * @param percent {@code count} as a share of the respondents, 0–100
     */
    public record Topic(String code, String labelFr, String labelEn, int count, double percent) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
        }
    }
}
