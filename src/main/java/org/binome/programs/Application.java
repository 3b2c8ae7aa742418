package org.binome.programs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.binome.shared.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's own application to one programme. It is the only way to become a participant: it is created from the
 * applicant's own command, carrying their consent and charter acceptance; reviewers only change its status.
 */
@Table("program_application")
class Application {

    @Id
    Long id;

    long programId;
    String employeeNumber;
    ParticipantRole role;
    ApplicationStatus status;
    String motivation;
    /** Snapshot of what was declared with the application: "code:level" pairs. */
    String offeredSkills;

    String wantedSkills;
    String preferredDays;
    String timeSlots;
    String languages;
    MeetingMode meetingMode;
    String site;
    String wishedPeople;
    String avoidedPeople;
    String wishedDepartments;
    String avoidedDepartments;
    String consentVersion;
    /** The exact consent text the applicant was shown, in their language. */
    String consentText;

    Instant consentedAt;
    int charterVersion;
    Instant charterAcceptedAt;
    Instant submittedAt;
    Instant updatedAt;
    Instant reviewedAt;
    String reviewedBy;
    String reviewMessage;

    @Version
    Integer version;

    static Application submit(
            long programId,
            String applicant,
            ApplicationCommand command,
            String consentVersion,
            String consentText,
            Instant now) {
        if (!command.consentGiven() || !command.charterAccepted()) {
            throw RuleViolation.invalid("programs.apply.error.consent");
        }
        var application = new Application();
        application.programId = programId;
        application.employeeNumber = applicant;
        application.submittedAt = now;
        application.fill(command, consentVersion, consentText, now);
        return application;
    }

    /** The applicant changes their application; only before anyone has reviewed it (or to come back after withdrawing). */
    void edit(ApplicationCommand command, String consentVersion, String consentText, Instant now) {
        if (!status.editableByApplicant() && status != ApplicationStatus.WITHDRAWN) {
            throw RuleViolation.conflict("programs.apply.error.reviewed");
        }
        if (!command.consentGiven() || !command.charterAccepted()) {
            throw RuleViolation.invalid("programs.apply.error.consent");
        }
        if (status == ApplicationStatus.WITHDRAWN) {
            submittedAt = now;
        }
        fill(command, consentVersion, consentText, now);
    }

    private void fill(ApplicationCommand c, String consentVersion, String consentText, Instant now) {
        role = c.role();
        status = ApplicationStatus.SUBMITTED;
        motivation = c.motivation();
        offeredSkills = pairs(c.offeredSkills());
        wantedSkills = pairs(c.wantedSkills());
        preferredDays = c.preferredDays().stream().map(Enum::name).collect(Collectors.joining(","));
        timeSlots = c.timeSlots().stream().map(Enum::name).collect(Collectors.joining(","));
        languages = String.join(",", c.languages());
        meetingMode = c.meetingMode();
        site = c.site();
        wishedPeople = String.join(",", c.wishedPeople());
        avoidedPeople = String.join(",", c.avoidedPeople());
        wishedDepartments = String.join("|", c.wishedDepartments());
        avoidedDepartments = String.join("|", c.avoidedDepartments());
        this.consentVersion = consentVersion;
        this.consentText = consentText;
        consentedAt = now;
        charterVersion = c.charterVersion();
        charterAcceptedAt = now;
        updatedAt = now;
    }

    /** Withdrawing is always possible, whatever the review said: volunteering means free to stop. */
    boolean withdraw(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return false;
        }
        status = ApplicationStatus.WITHDRAWN;
        updatedAt = now;
        return true;
    }

    void review(ApplicationStatus decision, String message, String reviewer, Instant now) {
        if (decision == ApplicationStatus.SUBMITTED || decision == ApplicationStatus.WITHDRAWN) {
            throw RuleViolation.invalid("programs.review.error.decision");
        }
        if (status == ApplicationStatus.WITHDRAWN) {
            throw RuleViolation.conflict("programs.review.error.withdrawn");
        }
        status = decision;
        reviewMessage = message == null || message.isBlank() ? null : message.trim();
        reviewedBy = reviewer;
        reviewedAt = now;
    }

    ApplicationView view() {
        return new ApplicationView(
                id,
                programId,
                employeeNumber,
                role,
                status,
                motivation,
                levels(offeredSkills),
                levels(wantedSkills),
                Program.split(preferredDays).stream().map(DayOfWeek::valueOf).toList(),
                Program.split(timeSlots).stream().map(TimeSlot::valueOf).toList(),
                Program.split(languages),
                meetingMode,
                site,
                Program.split(wishedPeople),
                Program.split(avoidedPeople),
                bars(wishedDepartments),
                bars(avoidedDepartments),
                consentVersion,
                consentedAt,
                charterVersion,
                charterAcceptedAt,
                submittedAt,
                updatedAt,
                reviewedAt,
                reviewMessage,
                version == null ? 0 : version);
    }

    private static String pairs(Map<String, Integer> levels) {
        return levels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static Map<String, Integer> levels(String pairs) {
        var result = new LinkedHashMap<String, Integer>();
        for (var pair : Program.split(pairs)) {
            var parts = pair.split(":");
            result.put(parts[0], Integer.parseInt(parts[1]));
        }
        return result;
    }

    private static List<String> bars(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).filter(s -> !s.isBlank()).toList();
    }
}
