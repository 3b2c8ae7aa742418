package org.binome.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the programme a test needs instead of spelling out the 24 fields of {@link ProgramCommand}: every value has a
 * plain default (pairs, one-hour sessions every 30 days, no timeline, default matching settings, no training required,
 * no sponsor) and a name of its own, so a test names only what it is about.
 *
 * <pre>
 * var id = TestProgrammes.programme().format(ProgramFormat.GROUPS).groupsOf(2, 4).openIn(programs);
 * var command = TestProgrammes.programme("Relu").objectives("Un", "Deux").on(Phase.KICK_OFF, date).command();
 * </pre>
 */
public final class TestProgrammes {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private String name;
    private String purpose = "";
    private List<String> objectives = List.of();
    private String mentorExpectations = "";
    private String menteeExpectations = "";
    private ProgramFormat format = ProgramFormat.PAIRS;
    private Integer maxMenteesPerMentor;
    private Integer minGroupSize;
    private Integer maxGroupSize;
    private int sessionMinutes = 60;
    private int frequencyDays = 30;
    private final List<DatedPhase> timeline = new ArrayList<>();
    private Integer mentorMaxSeniority;
    private Integer menteeMinSeniority;
    private Integer mentorCapacity;
    private Integer menteeCapacity;
    private MatchingSettings matching = MatchingSettings.defaults();
    private List<String> targetSkills = List.of();
    private List<String> sponsors = List.of();
    private String sponsorMessage = "";
    private boolean trainingRequired;
    private boolean supportPlanned;
    private String supportText = "";
    private List<FaqItem> faq = List.of();

    private TestProgrammes(String name) {
        this.name = name;
    }

    /** A programme with the defaults above and a name of its own. */
    public static TestProgrammes programme() {
        return new TestProgrammes("Programme d’essai " + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
    }

    /** A programme with the defaults above and this name. */
    public static TestProgrammes programme(String name) {
        return new TestProgrammes(name);
    }

    public TestProgrammes purpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public TestProgrammes objectives(String... objectives) {
        this.objectives = List.of(objectives);
        return this;
    }

    public TestProgrammes format(ProgramFormat format) {
        this.format = format;
        return this;
    }

    public TestProgrammes maxMenteesPerMentor(Integer maxMenteesPerMentor) {
        this.maxMenteesPerMentor = maxMenteesPerMentor;
        return this;
    }

    public TestProgrammes groupsOf(Integer min, Integer max) {
        this.minGroupSize = min;
        this.maxGroupSize = max;
        return this;
    }

    public TestProgrammes sessions(int minutes, int everyDays) {
        this.sessionMinutes = minutes;
        this.frequencyDays = everyDays;
        return this;
    }

    /** Adds a dated phase to the timeline. */
    public TestProgrammes on(Phase phase, LocalDate date) {
        this.timeline.add(new DatedPhase(phase, date));
        return this;
    }

    /** Adds these dated phases to the timeline, as an administrator types them on the programme form. */
    public TestProgrammes timeline(Map<Phase, LocalDate> dates) {
        dates.forEach(this::on);
        return this;
    }

    public TestProgrammes seniority(Integer mentorMax, Integer menteeMin) {
        this.mentorMaxSeniority = mentorMax;
        this.menteeMinSeniority = menteeMin;
        return this;
    }

    public TestProgrammes capacities(Integer mentors, Integer mentees) {
        this.mentorCapacity = mentors;
        this.menteeCapacity = mentees;
        return this;
    }

    public TestProgrammes matching(MatchingSettings matching) {
        this.matching = matching;
        return this;
    }

    public TestProgrammes targetSkills(String... codes) {
        this.targetSkills = List.of(codes);
        return this;
    }

    public TestProgrammes sponsors(String... employeeNumbers) {
        this.sponsors = List.of(employeeNumbers);
        return this;
    }

    public TestProgrammes sponsorMessage(String sponsorMessage) {
        this.sponsorMessage = sponsorMessage;
        return this;
    }

    public TestProgrammes trainingRequired(boolean trainingRequired) {
        this.trainingRequired = trainingRequired;
        return this;
    }

    public TestProgrammes support(String text) {
        this.supportPlanned = true;
        this.supportText = text;
        return this;
    }

    public TestProgrammes faq(FaqItem... items) {
        this.faq = List.of(items);
        return this;
    }

    public ProgramCommand command() {
        return new ProgramCommand(
                name,
                purpose,
                objectives,
                mentorExpectations,
                menteeExpectations,
                format,
                maxMenteesPerMentor,
                minGroupSize,
                maxGroupSize,
                sessionMinutes,
                frequencyDays,
                List.copyOf(timeline),
                mentorMaxSeniority,
                menteeMinSeniority,
                mentorCapacity,
                menteeCapacity,
                matching,
                targetSkills,
                sponsors,
                sponsorMessage,
                trainingRequired,
                supportPlanned,
                supportText,
                faq);
    }

    /** Creates the programme (a draft) through the facade, as an administrator does on the programme form. */
    public ProgramView createIn(Programs programs) {
        return createIn(programs, "test");
    }

    /** Creates the programme (a draft) through the facade as this user. */
    public ProgramView createIn(Programs programs, String createdBy) {
        return programs.create(command(), createdBy);
    }

    /** Creates the programme and opens it for applications; gives its id. */
    public long openIn(Programs programs) {
        long id = createIn(programs).id();
        programs.changeStatus(id, ProgramStatus.OPEN, true);
        return id;
    }

    /**
     * Changes an existing programme's cadence (sessions every so many days) through the facade, everything else kept,
     * as the programme form saves an edit; gives the saved programme.
     */
    public static ProgramView changeCadence(Programs programs, long programId, Integer everyDays) {
        var c = ProgramForm.of(programs.findCurrent(programId).orElseThrow()).toCommand();
        return programs.update(programId, edited(c, everyDays, c.sponsors()), "test-admin");
    }

    /**
     * Names these employees (and only them) an existing programme's sponsors, everything else kept, as the programme
     * form saves an administrator's edit; gives the saved programme.
     */
    public static ProgramView nameSponsors(Programs programs, long programId, String by, String... employeeNumbers) {
        var c = ProgramForm.of(programs.findCurrent(programId).orElseThrow()).toCommand();
        return programs.update(programId, edited(c, c.frequencyDays(), List.of(employeeNumbers)), by);
    }

    private static ProgramCommand edited(ProgramCommand c, Integer everyDays, List<String> sponsors) {
        return new ProgramCommand(
                c.name(),
                c.purpose(),
                c.objectives(),
                c.mentorExpectations(),
                c.menteeExpectations(),
                c.format(),
                c.maxMenteesPerMentor(),
                c.minGroupSize(),
                c.maxGroupSize(),
                c.sessionMinutes(),
                everyDays,
                c.timeline(),
                c.mentorMaxSeniority(),
                c.menteeMinSeniority(),
                c.mentorCapacity(),
                c.menteeCapacity(),
                c.matching(),
                c.targetSkills(),
                sponsors,
                c.sponsorMessage(),
                c.trainingRequired(),
                c.supportPlanned(),
                c.supportText(),
                c.faq());
    }
}
