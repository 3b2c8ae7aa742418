package org.binome.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.binome.people.Directory;
import org.binome.shared.RuleViolation;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The skills catalogue and declarations. A module test: the skills module with the modules it uses (people), the whole
 * schema migrated and no demo data; each test registers the people it needs. The demo's map is in {@link
 * DemoSkillsTests}.
 */
@Tag("database")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "communication")
@ActiveProfiles("test")
class SkillsTests {

    @Autowired
    Skills skills;

    @Autowired
    Directory directory;

    @Test
    void mergingMovesEveryDeclarationAndKeepsTheHigherLevelWhenSomeoneHadBoth() {
        skills.add(new SkillView("t-excel", "Excel avancé", "Advanced Excel", SkillCategory.DIGITAL));
        skills.add(new SkillView("t-tableur", "Tableur", "Spreadsheets", SkillCategory.DIGITAL));
        var both = TestPeople.person().registerIn(directory);
        var learner = TestPeople.person().registerIn(directory);
        skills.declare(
                both,
                List.of(
                        new SkillDeclaration("t-excel", SkillDirection.OFFERED, 4, "macros"),
                        new SkillDeclaration("t-tableur", SkillDirection.OFFERED, 2)));
        skills.declare(learner, List.of(new SkillDeclaration("t-excel", SkillDirection.WANTED, 2)));

        skills.merge("t-excel", "t-tableur");

        assertThat(skills.find("t-excel")).isEmpty();
        assertThat(skills.profileOf(both).offered())
                .containsEntry("t-tableur", 4)
                .doesNotContainKey("t-excel");
        assertThat(skills.declarationsOf(both))
                .filteredOn(d -> d.skillCode().equals("t-tableur"))
                .extracting(SkillDeclaration::comment)
                .containsExactly("macros");
        assertThat(skills.profileOf(learner).wanted()).containsEntry("t-tableur", 2);
        assertThatThrownBy(() -> skills.merge("t-tableur", "t-tableur"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.key()).isEqualTo("skills.error.mergeItself"));
    }

    @Test
    void aRetiredSkillIsNoLongerOfferedButKeptWhereDeclared() {
        skills.add(new SkillView("t-fax", "Télécopie", "Fax", SkillCategory.KNOW_HOW));
        var declared = TestPeople.person().registerIn(directory);
        var other = TestPeople.person().registerIn(directory);
        skills.declare(declared, List.of(new SkillDeclaration("t-fax", SkillDirection.OFFERED, 3)));

        skills.retire("t-fax", true);

        assertThat(skills.catalogue()).extracting(SkillView::code).doesNotContain("t-fax");
        assertThat(skills.profileLinesOf(declared))
                .anySatisfy(l -> assertThat(l.skill().code()).isEqualTo("t-fax"));
        assertThat(skills.profileLinesOf(other))
                .noneSatisfy(l -> assertThat(l.skill().code()).isEqualTo("t-fax"));
        assertThatThrownBy(
                        () -> skills.declare(other, List.of(new SkillDeclaration("t-fax", SkillDirection.OFFERED, 1))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        skills.retire("t-fax", false);
        assertThat(skills.catalogue()).extracting(SkillView::code).contains("t-fax");
    }

    @Test
    void seniorityBandsFollowTheCareerStart() {
        var today = java.time.LocalDate.of(2026, 11, 1);
        assertThat(org.binome.people.Bands.seniorityOf(
                        new org.binome.people.PersonFacts("x", "d", null, 2024, null), today))
                .isEqualTo("lt5");
        assertThat(org.binome.people.Bands.seniorityOf(
                        new org.binome.people.PersonFacts("x", "d", null, null, java.time.LocalDate.of(1995, 1, 1)),
                        today))
                .isEqualTo("25plus");
        assertThat(org.binome.people.Bands.generation(1999)).isEqualTo("gen-z");
        assertThat(org.binome.people.Bands.generation(1960)).isEqualTo("boomers");
        assertThat(org.binome.people.Bands.generation(null)).isEqualTo(org.binome.people.Bands.UNKNOWN);
    }
    /**
     * The map counts the declarations of active people only, and its groups are those of every active person: a
     * department, a generation or a seniority band where nobody declared anything is a column of zeros, one where
     * everyone left is none.
     */
    @Test
    void theMapCountsActivePeopleAndShowsTheGroupsOfEveryActivePerson() {
        skills.add(new SkillView("t-carte", "Carte", "Map", SkillCategory.DIGITAL));
        var young = TestPeople.person()
                .department("Carte A")
                .born(2000)
                .careerStart(java.time.LocalDate.now().getYear() - 2)
                .registerIn(directory);
        TestPeople.person().department("Carte B").born(1950).careerStart(1975).registerIn(directory);
        var gone = TestPeople.person().department("Carte C").born(1970).registerIn(directory);
        skills.declare(young, List.of(new SkillDeclaration("t-carte", SkillDirection.OFFERED, 3)));
        skills.declare(gone, List.of(new SkillDeclaration("t-carte", SkillDirection.WANTED, 2)));
        directory.recordDeparture(gone, java.time.LocalDate.now());

        var byDepartment = skills.map(SkillMap.Dimension.DEPARTMENT);
        assertThat(byDepartment.groups()).contains("Carte A", "Carte B").doesNotContain("Carte C");
        assertThat(cell(byDepartment, "t-carte", "Carte A")).isEqualTo(new SkillMap.Cell(1, 0));
        assertThat(cell(byDepartment, "t-carte", "Carte B")).isEqualTo(new SkillMap.Cell(0, 0));
        var byGeneration = skills.map(SkillMap.Dimension.GENERATION);
        assertThat(byGeneration.groups()).contains("gen-z", "boomers");
        assertThat(cell(byGeneration, "t-carte", "gen-z")).isEqualTo(new SkillMap.Cell(1, 0));
        assertThat(cell(byGeneration, "t-carte", "boomers")).isEqualTo(new SkillMap.Cell(0, 0));
        var bySeniority = skills.map(SkillMap.Dimension.SENIORITY);
        assertThat(bySeniority.groups()).contains("lt5", "25plus");
        assertThat(cell(bySeniority, "t-carte", "lt5")).isEqualTo(new SkillMap.Cell(1, 0));
        assertThat(cell(bySeniority, "t-carte", "25plus")).isEqualTo(new SkillMap.Cell(0, 0));
    }

    private static SkillMap.Cell cell(SkillMap map, String skill, String group) {
        return map.lines().stream()
                .filter(line -> line.skill().code().equals(skill))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(map.groups().indexOf(group));
    }
}
