package org.binome.training;

import java.util.List;

/** The administrator's form to form a circle. */
record CircleForm(String name, String facilitator, List<String> members, Integer cadenceWeeks, String place) {

    public boolean includes(String employeeNumber) {
        return members != null && members.contains(employeeNumber);
    }
}
