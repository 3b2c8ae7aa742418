package org.binome.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.binome.people.Directory;
import org.binome.shared.RuleViolation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class SkillsTests {

    @Autowired
    Skills skills;

    @Autowired
    Directory directory;

    @Test
    void mergingMovesEveryDeclarationAndKeepsTheHigherLevelWhenSomeoneHadBoth() {
        skills.add(new SkillView("t-excel", "Excel avancé", "Advanced Excel", SkillCategory.DIGITAL));
        skills.add(new SkillView("t-tableur", "Tableur", "Spreadsheets", SkillCategory.DIGITAL));
        skills.declare(
                "ML00002",
                List.of(
                        new SkillDeclaration("t-excel", SkillDirection.OFFERED, 4, "macros"),
                        new SkillDeclaration("t-tableur", SkillDirection.OFFERED, 2)));
        skills.declare("ML00003", List.of(new SkillDeclaration("t-excel", SkillDirection.WANTED, 2)));

        skills.merge("t-excel", "t-tableur");

        assertThat(skills.find("t-excel")).isEmpty();
        assertThat(skills.profileOf("ML00002").offered())
                .containsEntry("t-tableur", 4)
                .doesNotContainKey("t-excel");
        assertThat(skills.declarationsOf("ML00002"))
                .filteredOn(d -> d.skillCode().equals("t-tableur"))
                .extracting(SkillDeclaration::comment)
                .containsExactly("macros");
        assertThat(skills.profileOf("ML00003").wanted()).containsEntry("t-tableur", 2);
        assertThatThrownBy(() -> skills.merge("t-tableur", "t-tableur"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.key()).isEqualTo("skills.error.mergeItself"));
    }

    @Test
    void aRetiredSkillIsNoLongerOfferedButKeptWhereDeclared() {
        skills.add(new SkillView("t-fax", "Télécopie", "Fax", SkillCategory.KNOW_HOW));
        skills.declare("ML00004", List.of(new SkillDeclaration("t-fax", SkillDirection.OFFERED, 3)));

        skills.retire("t-fax", true);

        assertThat(skills.catalogue()).extracting(SkillView::code).doesNotContain("t-fax");
        assertThat(skills.profileLinesOf("ML00004"))
                .anySatisfy(l -> assertThat(l.skill().code()).isEqualTo("t-fax"));
        assertThat(skills.profileLinesOf("ML00005"))
                .noneSatisfy(l -> assertThat(l.skill().code()).isEqualTo("t-fax"));
        assertThatThrownBy(() ->
                        skills.declare("ML00005", List.of(new SkillDeclaration("t-fax", SkillDirection.OFFERED, 1))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        skills.retire("t-fax", false);
        assertThat(skills.catalogue()).extracting(SkillView::code).contains("t-fax");
    }

    @Test
    void theDemoMapTellsTheReverseMentoringStory() {
        var byGeneration = skills.map(SkillMap.Dimension.GENERATION);
        var genZ = byGeneration.groups().indexOf("gen-z");
        var boomersOrX = byGeneration.groups().indexOf("gen-x");
        var genai = line(byGeneration, "genai");
        var leadership = line(byGeneration, "leadership");

        assertThat(genai.cells().get(genZ).offered())
                .isGreaterThan(genai.cells().get(genZ).wanted());
        assertThat(genai.cells().get(boomersOrX).wanted())
                .isGreaterThan(genai.cells().get(boomersOrX).offered());
        assertThat(leadership.cells().get(boomersOrX).offered()).isGreaterThan(0);
        // Other demo steps (programme applications) add declarations too, so the gaps are checked by their rule.
        assertThat(line(byGeneration, "crisis").supplyWithoutDemand()).isTrue();
        assertThat(byGeneration.lines()).allSatisfy(line -> {
            long offered = line.cells().stream().mapToLong(c -> c.offered()).sum();
            long wanted = line.cells().stream().mapToLong(c -> c.wanted()).sum();
            assertThat(line.demandWithoutSupply()).isEqualTo(offered == 0 && wanted > 0);
            assertThat(line.supplyWithoutDemand()).isEqualTo(wanted == 0 && offered > 0);
        });

        var byDepartment = skills.map(SkillMap.Dimension.DEPARTMENT);
        assertThat(byDepartment.groups()).containsAll(directory.departments());
        assertThat(skills.profileOf("ML00022").offered()).containsKeys("genai", "linkedin");
        assertThat(skills.profileOf("ML00008").wanted()).containsKey("genai");
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

    private static SkillMap.Line line(SkillMap map, String code) {
        return map.lines().stream()
                .filter(l -> l.skill().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
