package org.binome.mentorships;

import java.util.concurrent.atomic.AtomicInteger;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;

/** Fresh people for tests that open their own mentorships, so tests sharing a context never meet. */
final class MentorshipTesting {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private MentorshipTesting() {}

    static String person() {
        return String.format("TST%05d", NEXT.getAndIncrement());
    }

    static BinomeUser participant(String employeeNumber) {
        return TestUsers.employee(employeeNumber, Role.PARTICIPANT);
    }
}
