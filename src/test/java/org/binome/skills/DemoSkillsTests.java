package org.binome.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.binome.people.DemoCompanyLoaded;
import org.binome.people.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo company's skills ({@code DemoSkills}): the map tells the reverse-mentoring story. Needs the whole demo. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoSkillsTests {

    @Autowired
    Skills skills;

    @Autowired
    Directory directory;

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
        assertThat(skills.profileOf(DemoCompanyLoaded.YOUNG_MENTOR).offered()).containsKeys("genai", "linkedin");
        assertThat(skills.profileOf(DemoCompanyLoaded.SENIOR_MENTEE).wanted()).containsKey("genai");
    }

    private static SkillMap.Line line(SkillMap map, String code) {
        return map.lines().stream()
                .filter(l -> l.skill().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
