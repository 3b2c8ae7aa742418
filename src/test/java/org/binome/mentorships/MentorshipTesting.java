package org.binome.mentorships;

import java.util.concurrent.atomic.AtomicInteger;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;

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

    /**
     * A test class's own programme (plain defaults), opened the first time the class asks for it; kept in a static
     * field of the class, it outlives the instances JUnit makes for each test:
     * {@code private static final OwnProgramme PROGRAMME = new OwnProgramme();}, then {@code PROGRAMME.in(programs)}.
     * Opened again if the database no longer holds it (a test context started afresh).
     */
    static final class OwnProgramme {

        private final String name = "Programme d’une classe de tests " + java.util.UUID.randomUUID();

        private long id;

        long in(Programs programs) {
            boolean held = id != 0
                    && programs.find(id).filter(p -> p.name().equals(name)).isPresent();
            if (!held) {
                id = TestProgrammes.programme(name).openIn(programs);
            }
            return id;
        }
    }
}
