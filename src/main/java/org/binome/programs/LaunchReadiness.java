package org.binome.programs;

import java.util.List;

/**
 * How ready a programme is to open, one line per key to success from the seed. Computed from the programme's data,
 * never ticked by hand.
 */
record LaunchReadiness(List<Item> items) {

    public static final int MIN_TARGET_SKILLS = 3;

    enum Key {
        SKILLS,
        PURPOSE,
        SPONSOR,
        PAGE,
        CHARTER,
        TRAINING,
        VOLUNTEERING,
        SUPPORT
    }

    record Item(Key key, boolean met) {}

    public LaunchReadiness {
        items = List.copyOf(items);
    }

    static LaunchReadiness of(ProgramView p, CharterView charter) {
        return new LaunchReadiness(List.of(
                new Item(Key.SKILLS, p.targetSkills().size() >= MIN_TARGET_SKILLS),
                new Item(Key.PURPOSE, !blank(p.purpose()) && !p.objectives().isEmpty()),
                new Item(Key.SPONSOR, !p.sponsors().isEmpty() && !blank(p.sponsorMessage())),
                new Item(Key.PAGE, p.visibleToEmployees()),
                new Item(Key.CHARTER, charter != null && !blank(charter.textFr()) && !blank(charter.textEn())),
                new Item(Key.TRAINING, p.trainingRequired() || p.date(Phase.MENTOR_TRAINING) != null),
                // Nobody can be enrolled without their own application: the product is built that way.
                new Item(Key.VOLUNTEERING, true),
                new Item(Key.SUPPORT, p.supportPlanned() && !blank(p.supportText()))));
    }

    /** Share of the keys to success met, 0–100. */
    public int score() {
        return (int) Math.round(100.0 * items.stream().filter(Item::met).count() / items.size());
    }

    public List<Key> missing() {
        return items.stream().filter(i -> !i.met()).map(Item::key).toList();
    }

    /** Before applications open, the page being published is what opening does; it does not count as missing. */
    public List<Key> missingToOpen() {
        return missing().stream().filter(k -> k != Key.PAGE).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
