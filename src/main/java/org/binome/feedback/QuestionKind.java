package org.binome.feedback;

/** The question types of the survey builder; the translated name is {@code feedback.kind.<name>}. */
enum QuestionKind {
    /** 1 "strongly disagree" to 5 "strongly agree". */
    AGREEMENT,
    /** 0 "not at all likely" to 10 "extremely likely". */
    RECOMMENDATION,
    SINGLE,
    MULTIPLE,
    /** Self-assessed level in one DigComp area, 1 foundation to 4 highly advanced. */
    DIGCOMP_LEVEL,
    SHORT_TEXT,
    LONG_TEXT;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    int maxLength() {
        return this == SHORT_TEXT ? 200 : 2000;
    }
}
