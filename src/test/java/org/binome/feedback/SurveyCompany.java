package org.binome.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.binome.communication.MorningRun;
import org.binome.identity.Accounts;
import org.binome.identity.BinomeUser;
import org.binome.identity.Role;
import org.binome.identity.TestUsers;
import org.binome.people.Directory;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Phase;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgrammeSetup;
import org.binome.programs.Programs;
import org.binome.programs.TestProgrammes;
import org.binome.support.MovingClock;
import org.binome.support.TestAccounts;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A company as a real installation starts it (no demo data: people from the HR directory, accounts, a programme with
 * dated phases, applications accepted by an administrator), a clock the tests move forward day by day instead of
 * waiting, and a real SMTP server (GreenMail) the e-mails arrive at. The subclasses share this one application
 * context; each test sets the clock, builds its own programme and people, and asserts only about them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovingClock.Replacing.class)
abstract class SurveyCompany {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    static final String PASSWORD = "Correct-Horse-Battery-42";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "10000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "10000");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovingClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    Programs programs;

    @Autowired
    SurveyInvitations invitations;

    @Autowired
    ApplicationContext context;

    MorningRun morning() {
        return new MorningRun(context);
    }

    /** The day every test starts from: a Monday not far from today. */
    static LocalDate start() {
        return LocalDate.now().with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
    }

    /**
     * A person of the directory (as the HR import records them) with an account, as an administrator's invitation
     * makes it; the sign-in name is their e-mail, the language French.
     */
    String employee(String department, int bornIn) {
        var number = TestPeople.person()
                .department(department)
                .born(bornIn)
                .careerStart(bornIn + 22)
                .registerIn(directory);
        var person = directory.find(number).orElseThrow();
        TestAccounts.account()
                .username(person.email())
                .displayName(person.firstName() + " " + person.lastName())
                .email(person.email())
                .password(PASSWORD)
                .employee(number)
                .openIn(accounts);
        return number;
    }

    /** The participant as signed in. */
    BinomeUser signedIn(String employeeNumber) {
        return TestUsers.person(email(employeeNumber), employeeNumber, "fr", Role.PARTICIPANT);
    }

    MockHttpServletRequestBuilder as(String employeeNumber, MockHttpServletRequestBuilder request) {
        return request.with(user(signedIn(employeeNumber)));
    }

    String email(String employeeNumber) {
        return directory.find(employeeNumber).orElseThrow().email();
    }

    /**
     * An open programme whose applications are open today, its mid-point review and closing on these days; these
     * people apply in their role and an administrator accepts them (each acceptance sends the enrolment survey).
     */
    long programme(LocalDate midPoint, LocalDate closing, Map<String, ParticipantRole> participants) {
        var today = clock.today();
        var setup = new ProgrammeSetup(programs);
        var dates = new java.util.LinkedHashMap<Phase, LocalDate>();
        dates.put(Phase.APPLICATIONS_OPEN, today.minusDays(7));
        dates.put(Phase.APPLICATIONS_CLOSE, today.plusDays(7));
        dates.put(Phase.MID_POINT_REVIEW, midPoint);
        dates.put(Phase.CLOSING, closing);
        long id = TestProgrammes.programme("Mentorat " + java.util.UUID.randomUUID())
                .timeline(dates)
                .createIn(programs, "admin")
                .id();
        setup.changeStatus(id, ProgramStatus.OPEN);
        var applications = new ArrayList<Long>();
        participants.forEach((person, role) ->
                applications.add(setup.applyPlainly(id, person, role).id()));
        setup.accept(id, applications);
        settle();
        return id;
    }

    /**
     * Every question of the invitation answered: agreement scales with this value, recommendation 9, each DigComp area
     * with its level (in the framework's order), choices with their first option, texts with this text.
     */
    static Map<Long, List<String>> everyQuestion(
            Answers answers, InvitationView invitation, int agreement, int[] levels, String text) {
        var given = new java.util.LinkedHashMap<Long, List<String>>();
        for (var q : answers.questionsFor(invitation)) {
            given.put(
                    q.id(),
                    List.of(
                            switch (q.kind()) {
                                case AGREEMENT -> String.valueOf(agreement);
                                case RECOMMENDATION -> "9";
                                case DIGCOMP_LEVEL ->
                                    String.valueOf(levels[q.area().ordinal()]);
                                case SINGLE, MULTIPLE -> q.options().get(0).code();
                                default -> text;
                            }));
        }
        return given;
    }

    /** The same level in every DigComp area. */
    static int[] everywhere(int level) {
        var levels = new int[DigitalArea.values().length];
        java.util.Arrays.fill(levels, level);
        return levels;
    }

    /**
     * Waits until every listener has handled every event published so far (the publication registry has no
     * incomplete entry left), so that "nothing more was sent" can be asserted.
     */
    void settle() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    /** The surveys this person was asked, by moment (one entry per invitation). */
    List<SurveyMoment> asked(long programme, String employeeNumber) {
        return invitations.of(employeeNumber).stream()
                .filter(i -> i.programId() == programme)
                .map(InvitationView::moment)
                .sorted()
                .toList();
    }

    InvitationView invitation(long programme, String employeeNumber, SurveyMoment moment) {
        return invitations.of(employeeNumber).stream()
                .filter(i -> i.programId() == programme && i.moment() == moment)
                .findFirst()
                .orElseThrow(() -> new AssertionError(employeeNumber + " was not asked the " + moment + " survey"));
    }

    /** The subjects of the e-mails this address received, in the order they arrived. */
    List<String> subjectsReceivedBy(String address) {
        var subjects = new ArrayList<String>();
        try {
            for (var message : smtp.getReceivedMessages()) {
                for (var to : message.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().contains(address)) {
                        subjects.add(message.getSubject());
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return subjects;
    }

    /** Runs each morning from the day after the clock's day to this day included; the clock ends on that day. */
    void morningsUntil(LocalDate last) {
        var day = clock.today();
        while (day.isBefore(last)) {
            day = day.plusDays(1);
            clock.morningOf(day);
            morning().remindAndSend();
            settle();
            morning().sendMail();
        }
    }

    static void assertOnce(List<SurveyMoment> asked, SurveyMoment... expected) {
        assertThat(asked).containsExactlyInAnyOrder(expected);
    }
}
