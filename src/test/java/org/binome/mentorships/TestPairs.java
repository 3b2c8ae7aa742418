package org.binome.mentorships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.binome.identity.BinomeUser;

/**
 * Starts the mentorship a test needs through the {@link Mentorships} facade, with fresh people who meet no other test:
 * by default one mentor and one mentee, started today.
 *
 * <pre>
 * var pair = TestPairs.in(programme).start(mentorships);
 * var group = TestPairs.in(programme).mentees(3).startedOn(today.minusDays(20)).start(mentorships);
 * </pre>
 */
public final class TestPairs {

    /** A started mentorship and its members; {@link #mentor()} and {@link #mentee()} are the first of each. */
    public record Pair(long id, List<String> mentors, List<String> mentees) {

        public String mentor() {
            return mentors.get(0);
        }

        public String mentee() {
            return mentees.get(0);
        }

        public BinomeUser mentorUser() {
            return MentorshipTesting.participant(mentor());
        }

        public BinomeUser menteeUser() {
            return MentorshipTesting.participant(mentee());
        }
    }

    private final long programme;
    private int mentors = 1;
    private int mentees = 1;
    private LocalDate startedOn;

    private TestPairs(long programme) {
        this.programme = programme;
    }

    /** A pair in this programme. */
    public static TestPairs in(long programme) {
        return new TestPairs(programme);
    }

    public TestPairs mentors(int count) {
        this.mentors = count;
        return this;
    }

    public TestPairs mentees(int count) {
        this.mentees = count;
        return this;
    }

    /** Started on this day (default: today). */
    public TestPairs startedOn(LocalDate day) {
        this.startedOn = day;
        return this;
    }

    public Pair start(Mentorships mentorships) {
        var mentorNumbers = fresh(mentors);
        var menteeNumbers = fresh(mentees);
        long id = startedOn == null
                ? mentorships.start(programme, mentorNumbers, menteeNumbers)
                : mentorships.startOn(programme, mentorNumbers, menteeNumbers, startedOn);
        return new Pair(id, mentorNumbers, menteeNumbers);
    }

    private static List<String> fresh(int count) {
        var numbers = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            numbers.add(MentorshipTesting.person());
        }
        return List.copyOf(numbers);
    }
}
