package org.binome.programs;

import java.util.LinkedHashSet;
import java.util.Set;
import org.binome.communication.Audience;
import org.binome.communication.AudienceResolver;
import org.springframework.stereotype.Component;

/**
 * Tells communication who the participants, mentors and mentees of a programme (or of all programmes) are, and the
 * programmes' names.
 */
@Component
class ProgrammeAudiences implements AudienceResolver, org.binome.communication.ProgrammeNames {

    private final Programs programs;

    ProgrammeAudiences(Programs programs) {
        this.programs = programs;
    }

    @Override
    public boolean supports(Audience audience) {
        return audience == Audience.PARTICIPANTS || audience == Audience.MENTORS || audience == Audience.MENTEES;
    }

    @Override
    public Set<String> members(Audience audience, Long programmeId) {
        var ids = programmeId == null
                ? programs.findAll().stream().map(ProgramView::id).toList()
                : java.util.List.of(programmeId);
        var members = new LinkedHashSet<String>();
        for (var id : ids) {
            if (audience != Audience.MENTEES) {
                programs.acceptedApplicants(id, ParticipantRole.MENTOR).forEach(a -> members.add(a.employeeNumber()));
            }
            if (audience != Audience.MENTORS) {
                programs.acceptedApplicants(id, ParticipantRole.MENTEE).forEach(a -> members.add(a.employeeNumber()));
            }
        }
        return members;
    }

    @Override
    public java.util.Map<Long, String> all() {
        var names = new java.util.LinkedHashMap<Long, String>();
        programs.findAll().stream()
                .sorted(java.util.Comparator.comparing(ProgramView::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
