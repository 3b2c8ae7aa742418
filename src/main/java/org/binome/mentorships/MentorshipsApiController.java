package org.binome.mentorships;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.binome.programs.Programs;
import org.binome.shared.NotFoundResponse;
import org.binome.shared.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pairs and groups of a programme for integrations ({@code programmes:read}, or an administrator's session): who
 * is in it, its status and its dates. Never its content: no notes, objectives, sessions, reviews or end reason.
 */
@RestController
@Tag(name = "Mentorships", description = "Pairs and groups: members, status and dates only (scope programmes:read)")
class MentorshipsApiController {

    /** A pair or group: members by employee number, status and dates. */
    record MentorshipResource(
            long id,
            long programmeId,
            String status,
            List<String> mentors,
            List<String> mentees,
            LocalDate createdOn,
            LocalDate startedOn,
            LocalDate endedOn) {}

    private final Mentorships mentorships;
    private final Programs programs;

    MentorshipsApiController(Mentorships mentorships, Programs programs) {
        this.mentorships = mentorships;
        this.programs = programs;
    }

    @GetMapping("/api/v1/programmes/{id}/mentorships")
    @Operation(summary = "The pairs and groups of a programme: members, status and dates (never their content)")
    @ApiResponse(responseCode = "200", description = "The pairs and groups, in no particular order")
    @NotFoundResponse("No programme has this id")
    List<MentorshipResource> mentorships(@PathVariable String id) {
        var programme = programs.find(id).orElseThrow(() -> RuleViolation.notFound("api.error.programmeNotFound", id));
        return mentorships.pairRecords(List.of(programme.id())).stream()
                .map(p -> new MentorshipResource(
                        p.id(),
                        p.programId(),
                        p.status(),
                        p.mentors(),
                        p.mentees(),
                        p.createdOn(),
                        p.startedOn(),
                        p.endedOn()))
                .toList();
    }
}
