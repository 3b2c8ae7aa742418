package org.binome.programs;

public enum TimeSlot {
    MORNING,
    LUNCH,
    AFTERNOON,
    END_OF_DAY
}
