package org.binome.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.binome.people.PersonStatus;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramView;

/** Participation: applicants and accepted per role against the eligible employees, match rate, time to match. */
final class ParticipationFigures {

    private ParticipationFigures() {}

    static Dashboard.Participation of(Selected s) {
        var applicants = s.applicants();
        var roles = new ArrayList<Dashboard.RoleFigures>();
        for (var role : ParticipantRole.values()) {
            var ofRole = applicants.stream().filter(a -> a.role() == role).toList();
            roles.add(new Dashboard.RoleFigures(
                    role,
                    eligible(s, role),
                    distinct(ofRole),
                    distinct(ofRole.stream()
                            .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                            .toList())));
        }
        // Matched: an accepted applicant who is a member of a pair of the same programme; time from application to the
        // day the pair was proposed.
        var pairedOn = new HashMap<String, LocalDate>();
        for (var pair : s.data.pairs()) {
            if (!s.selectedIds.contains(pair.programId())) {
                continue;
            }
            for (var member : Selected.members(pair)) {
                pairedOn.merge(pair.programId() + "/" + member, pair.createdOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        long accepted = 0;
        long matched = 0;
        var days = new ArrayList<Long>();
        for (var a : applicants) {
            if (a.status() != ApplicationStatus.ACCEPTED) {
                continue;
            }
            accepted++;
            var on = pairedOn.get(a.programId() + "/" + a.employeeNumber());
            if (on != null) {
                matched++;
                var submitted = LocalDate.ofInstant(a.submittedAt(), s.data.zone());
                days.add(Math.max(0, ChronoUnit.DAYS.between(submitted, on)));
            }
        }
        return new Dashboard.Participation(
                Anonymity.shows(applicants.size(), s.whole().applicants().size()),
                roles,
                accepted,
                matched,
                accepted == 0 ? null : (double) matched / accepted,
                ImpactFigures.median(days));
    }

    /** Active employees today under the filter who fit the role's seniority rule of at least one selected programme. */
    private static long eligible(Selected s, ParticipantRole role) {
        long count = 0;
        for (var person : s.data.employees()) {
            if (person.status() != PersonStatus.ACTIVE || !s.filter.matches(person, s.today)) {
                continue;
            }
            int seniority = ProgramView.seniority(person.careerStartYear(), person.hireDate(), s.today);
            for (var programme : s.data.selected()) {
                var limit = role == ParticipantRole.MENTOR
                        ? programme.mentorMaxSeniority()
                        : programme.menteeMinSeniority();
                boolean fits =
                        limit == null || (role == ParticipantRole.MENTOR ? seniority <= limit : seniority >= limit);
                if (fits) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static long distinct(List<ApplicationRecord> applications) {
        return applications.stream()
                .map(ApplicationRecord::employeeNumber)
                .distinct()
                .count();
    }
}
