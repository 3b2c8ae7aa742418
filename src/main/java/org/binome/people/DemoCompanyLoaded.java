package org.binome.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * The demo company and its accounts exist: each module seeds its own demo data from here, in a package-private
 * listener ordered with {@link org.springframework.core.annotation.Order} (skills 20, programmes 30, training 35,
 * matching 40, mentorships 50, communication 60), in the same transaction, each listener active in the {@code demo}
 * profile only. Only the demo module publishes it, so whether demo data are loaded is decided in one place ({@code
 * demo.DemoCompany}); it lives here, in the module that owns the directory the demo company fills, so that no module
 * depends on {@code demo}.
 *
 * @param people the generated employees
 * @param random a seeded random source shared in listener order, so that every demo is alike
 * @param today the day the demo was loaded
 * @param zone the installation's time zone, for times of day
 */
public record DemoCompanyLoaded(List<NewPerson> people, Random random, LocalDate today, ZoneId zone) {

    /** Hélène Marchand, chief executive (the {@code sponsor} sign-in). */
    public static final String CEO = "ML00001";
    /** Camille Laurent, HR, programme manager (the {@code admin} sign-in). */
    public static final String HR_PROGRAMME_MANAGER = "ML00020";
    /** Sophie Garnier, internal coach (the {@code animateur} sign-in). */
    public static final String FACILITATOR = "ML00021";
    /** Inès Benali, the young mentor (the {@code mentor} sign-in). */
    public static final String YOUNG_MENTOR = "ML00022";
    /** Bernard Lefèvre, production director, her mentee (the {@code mentore} sign-in). */
    public static final String SENIOR_MENTEE = "ML00008";
    /** The running programme, matched and with pairs at every stage. */
    public static final String RUNNING_PROGRAMME = "Mentorat inversé 2026 – Transformation digitale";
    /**
     * The programme that ended about a year ago, with its pairs, sessions and early closures, whose participants
     * answered every survey: the impact dashboard's and survey results' story.
     */
    public static final String FINISHED_PROGRAMME = "Mentorat inversé 2025 – Premiers pas numériques";
    /** The programme open for applications. */
    public static final String OPEN_PROGRAMME = "Mentorat inversé 2027 – IA générative";

    public DemoCompanyLoaded {
        people = List.copyOf(people);
    }
}
