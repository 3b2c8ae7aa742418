package org.binome.programs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.binome.shared.NotFoundResponse;
import org.binome.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programmes and where applications stand, for integrations ({@code programmes:read}, or an administrator's session):
 * names, statuses, dates and capacities of the programmes; who applied in which role and the decision's status and
 * dates. Never what anyone wrote (motivation, availability, skills, review comments).
 */
@RestController
@Tag(name = "Programmes", description = "Programmes and application statuses (scope programmes:read)")
class ProgrammesApiController {

    /** A programme: its name, status and dated phases, without its texts. */
    record ProgrammeResource(
            long id,
            String name,
            ProgramStatus status,
            boolean published,
            ProgramFormat format,
            Integer mentorCapacity,
            Integer menteeCapacity,
            List<PhaseDate> timeline) {

        static ProgrammeResource of(ProgramView p) {
            return new ProgrammeResource(
                    p.id(),
                    p.name(),
                    p.status(),
                    p.published(),
                    p.format(),
                    p.mentorCapacity(),
                    p.menteeCapacity(),
                    p.timeline().stream()
                            .filter(d -> d.date() != null)
                            .map(d -> new PhaseDate(d.phase(), d.date()))
                            .toList());
        }
    }

    /** One dated phase of a programme's timeline. */
    record PhaseDate(Phase phase, LocalDate date) {}

    /** Where one person's application stands: never its content. */
    record ApplicationResource(
            String employeeNumber,
            ParticipantRole role,
            ApplicationStatus status,
            Instant submittedAt,
            Instant reviewedAt) {}

    private final Programs programs;

    ProgrammesApiController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/api/v1/programmes")
    @Operation(summary = "Every programme, newest first")
    List<ProgrammeResource> programmes() {
        return programs.findAll().stream().map(ProgrammeResource::of).toList();
    }

    @GetMapping("/api/v1/programmes/{id}")
    @Operation(summary = "One programme")
    @ApiResponse(responseCode = "200", description = "The programme")
    @NotFoundResponse("No programme has this id")
    ProgrammeResource programme(@PathVariable String id) {
        return ProgrammeResource.of(existing(id));
    }

    @GetMapping("/api/v1/programmes/{id}/applications")
    @Operation(summary = "The applications of a programme: person, role, status and dates (never their content)")
    @ApiResponse(responseCode = "200", description = "The applications, in no particular order")
    @NotFoundResponse("No programme has this id")
    List<ApplicationResource> applications(@PathVariable String id) {
        var programme = existing(id);
        return programs.applicationRecords(List.of(programme.id())).stream()
                .map(a -> new ApplicationResource(
                        a.employeeNumber(), a.role(), a.status(), a.submittedAt(), a.reviewedAt()))
                .toList();
    }

    private ProgramView existing(String id) {
        return programs.find(id).orElseThrow(() -> RuleViolation.notFound("api.error.programmeNotFound", id));
    }
}
