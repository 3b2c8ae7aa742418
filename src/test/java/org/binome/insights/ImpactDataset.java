package org.binome.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.binome.mentorships.PairRecord;
import org.binome.people.EmployeeRecord;
import org.binome.people.PersonStatus;
import org.binome.programs.ApplicationRecord;
import org.binome.programs.ApplicationStatus;
import org.binome.programs.ParticipantRole;
import org.binome.programs.ProgramStatus;
import org.binome.programs.ProgramView;

/**
 * A small company built by hand so that every figure can be worked out on paper (see {@link ImpactFiguresTests}).
 * Today is 1 July 2026.
 *
 * <ul>
 *   <li>Mentors M1–M6: IT, Paris (M1: Lyon), born 1998, career and hire 2022. Mentees E1–E6: Sales, Lyon, born 1970,
 *       career 2000, hired 2006; E6 left on 1 March 2026.
 *   <li>Applicants: M1–M6 and A1 accepted mentors (A1 never paired), A2 withdrew (IT, Paris, 2023); E1–E6 accepted
 *       mentees. Mentors applied on 1 Dec 2025, mentees on 10 Dec 2025; pairs proposed on 20 Dec 2025.
 *   <li>Non-participants: C1–C6 like the mentors (C1 left on 1 Dec 2025, before the start), D1–D6 like the mentees (D1
 *       left on 15 Feb 2026, D2 on 1 May 2026), X1 in HR (a stratum without participants).
 *   <li>Pairs (Mi, Ei) started on 1 Jan 2026: P1–P4 active, P5 completed on 1 June, P6 ended early on 1 March
 *       (LEAVING).
 * </ul>
 */
final class ImpactDataset {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private ImpactDataset() {}

    static ImpactData data() {
        return new ImpactData(List.of(programme()), applications(), pairs(), employees(), TODAY, ZoneOffset.UTC);
    }

    static ProgramView programme() {
        return new ProgramView(
                1L,
                "Programme 2026",
                "Purpose",
                List.of("Objectif un", "Objectif deux"),
                null,
                null,
                null,
                null,
                null,
                null,
                60,
                30,
                List.of(),
                10,
                20,
                10,
                10,
                null,
                List.of(),
                List.of("S1"),
                null,
                false,
                false,
                null,
                true,
                ProgramStatus.RUNNING,
                List.of(),
                0);
    }

    static List<EmployeeRecord> employees() {
        var all = new ArrayList<EmployeeRecord>();
        for (int i = 1; i <= 6; i++) {
            all.add(mentorLike("M" + i, i == 1 ? "Lyon" : "Paris", null));
            all.add(menteeLike("E" + i, i == 6 ? LocalDate.of(2026, 3, 1) : null));
            all.add(mentorLike("C" + i, "Paris", i == 1 ? LocalDate.of(2025, 12, 1) : null));
            all.add(menteeLike("D" + i, i == 1 ? LocalDate.of(2026, 2, 15) : i == 2 ? LocalDate.of(2026, 5, 1) : null));
        }
        all.add(mentorLike("A1", "Paris", null));
        all.add(new EmployeeRecord(
                "A2", "IT", "Paris", 1999, 2023, LocalDate.of(2023, 9, 1), null, PersonStatus.ACTIVE));
        all.add(new EmployeeRecord(
                "X1", "HR", "Paris", 1985, 2010, LocalDate.of(2010, 1, 4), null, PersonStatus.ACTIVE));
        return all;
    }

    private static EmployeeRecord mentorLike(String number, String site, LocalDate left) {
        return new EmployeeRecord(
                number,
                "IT",
                site,
                1998,
                2022,
                LocalDate.of(2022, 1, 10),
                left,
                left == null ? PersonStatus.ACTIVE : PersonStatus.LEFT);
    }

    private static EmployeeRecord menteeLike(String number, LocalDate left) {
        return new EmployeeRecord(
                number,
                "Sales",
                "Lyon",
                1970,
                2000,
                LocalDate.of(2006, 3, 1),
                left,
                left == null ? PersonStatus.ACTIVE : PersonStatus.LEFT);
    }

    static List<ApplicationRecord> applications() {
        var all = new ArrayList<ApplicationRecord>();
        var mentorsApplied = Instant.parse("2025-12-01T09:00:00Z");
        var menteesApplied = Instant.parse("2025-12-10T09:00:00Z");
        for (int i = 1; i <= 6; i++) {
            all.add(new ApplicationRecord(
                    1, "M" + i, ParticipantRole.MENTOR, ApplicationStatus.ACCEPTED, mentorsApplied, null));
            all.add(new ApplicationRecord(
                    1, "E" + i, ParticipantRole.MENTEE, ApplicationStatus.ACCEPTED, menteesApplied, null));
        }
        all.add(new ApplicationRecord(
                1, "A1", ParticipantRole.MENTOR, ApplicationStatus.ACCEPTED, mentorsApplied, null));
        all.add(new ApplicationRecord(
                1, "A2", ParticipantRole.MENTOR, ApplicationStatus.WITHDRAWN, mentorsApplied, null));
        return all;
    }

    static List<PairRecord> pairs() {
        var proposed = LocalDate.of(2025, 12, 20);
        return List.of(
                pair(1, "ACTIVE", null, null, 10, 600, 2, false, proposed),
                pair(2, "ACTIVE", null, null, 5, 300, 1, false, proposed),
                pair(3, "ACTIVE", null, null, 2, 120, 0, true, proposed),
                pair(4, "ACTIVE", null, null, 0, 0, 0, true, proposed),
                pair(5, "COMPLETED", LocalDate.of(2026, 6, 1), null, 8, 480, 0, false, proposed),
                pair(6, "ENDED_EARLY", LocalDate.of(2026, 3, 1), "LEAVING", 1, 60, 0, false, proposed));
    }

    private static PairRecord pair(
            int i,
            String status,
            LocalDate ended,
            String reason,
            int held,
            long minutes,
            int recent,
            boolean stalled,
            LocalDate proposed) {
        return new PairRecord(
                i,
                1,
                status,
                proposed,
                START,
                ended,
                reason,
                List.of("M" + i),
                List.of("E" + i),
                held,
                minutes,
                recent,
                stalled,
                null,
                null,
                null,
                null);
    }
}
