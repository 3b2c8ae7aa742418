package org.binome.feedback;

/**
 * The five competence areas of the European digital competence framework DigComp 2.2, in the framework's order. Self
 * assessed levels are grouped in four (see {@link #LEVELS}): 1 foundation, 2 intermediate, 3 advanced, 4 highly
 * advanced. The translated name of an area is the message {@code feedback.area.<code>}.
 */
public enum DigitalArea {
    INFORMATION_AND_DATA_LITERACY("information"),
    COMMUNICATION_AND_COLLABORATION("communication"),
    DIGITAL_CONTENT_CREATION("content"),
    SAFETY("safety"),
    PROBLEM_SOLVING("problem-solving");

    /** The grouped levels, from 1 to 4; their labels are the messages {@code feedback.level.<n>}. */
    public static final int LEVELS = 4;

    private final String code;

    DigitalArea(String code) {
        this.code = code;
    }

    /** Stable code stored with answers, e.g. {@code information}. */
    public String code() {
        return code;
    }

    /** The message key of the area's translated name. */
    public String labelKey() {
        return "feedback.area." + code;
    }

    public static DigitalArea ofCode(String code) {
        for (DigitalArea area : values()) {
            if (area.code.equals(code)) {
                return area;
            }
        }
        throw new IllegalArgumentException("No DigComp area " + code);
    }
}
