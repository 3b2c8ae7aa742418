package org.binome.people;

public enum PersonStatus {
    ACTIVE,
    LEFT
}
