package org.binome.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.binome.shared.Paging;
import org.binome.support.TestPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** A module test: only the people module's beans, the whole schema migrated, no demo data (each test brings its own). */
@Tag("database")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "communication")
@ActiveProfiles("test")
class DirectoryRepositoryTests {

    @Autowired
    Directory directory;

    @Autowired
    PersonRepository repository;

    @Autowired
    DirectorySearch search;

    @Test
    void aRegisteredPersonIsReadBackWithEveryField() {
        var manager = TestPeople.person().registerIn(directory);
        TestPeople.person()
                .number("T-1")
                .named("Amélie", "Zérah")
                .email("amelie.zerah@example.org")
                .department("Essais")
                .site("Rennes")
                .jobTitle("Testeuse")
                .reportingTo(manager)
                .hired(LocalDate.of(2021, 3, 15))
                .careerStart(2019)
                .speaking("fr", "en")
                .born(1997)
                .registerIn(directory);

        var found = directory.find("T-1").orElseThrow();

        assertThat(found.fullName()).isEqualTo("Amélie Zérah");
        assertThat(found.hireDate()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(found.languages()).containsExactly("fr", "en");
        assertThat(found.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(found.birthYear()).isEqualTo(1997);
    }

    /**
     * The names of a cohort's side: everyone asked for who is still in the company, by name with accents and case
     * aside, then employee number; someone who left and a number nobody has are not listed.
     */
    @Test
    void namesOfListsThosePeopleStillInTheCompanyByName() {
        var tag = Long.toString(System.nanoTime(), 36);
        var emile =
                TestPeople.person().named("Émile", "Zola").department("Lettres").registerIn(directory);
        var adele = TestPeople.person().named("adèle", "Martin").registerIn(directory);
        var emma = TestPeople.person().named("Emma", "Bovary").registerIn(directory);
        var left = TestPeople.person().named("Aaron", "Parti").registerIn(directory);
        directory.recordDeparture(left, LocalDate.now().minusDays(1));
        TestPeople.person().named("Abel", "Ailleurs").registerIn(directory);

        var names = directory.namesOf(List.of(emma, left, emile, adele, "absent-" + tag));

        assertThat(names).extracting(PersonName::employeeNumber).containsExactly(adele, emile, emma);
        assertThat(names.get(1).fullName()).isEqualTo("Émile Zola");
        assertThat(names.get(1).department()).isEqualTo("Lettres");
        assertThat(directory.namesOf(List.of())).isEmpty();
    }

    /** The kept departments and sites show a person registered through the directory at once, not 30 s later. */
    @Test
    void theKeptDepartmentsAndSitesShowANewPersonAtOnce() {
        TestPeople.person().registerIn(directory);
        var departments = directory.departments();
        var sites = search.sites();
        assertThat(directory.departments()).as("kept").isSameAs(departments);
        TestPeople.person()
                .department("Service gardé " + System.nanoTime())
                .site("Site gardé " + System.nanoTime())
                .registerIn(directory);
        assertThat(directory.departments())
                .hasSize(departments.size() + 1)
                .anyMatch(d -> d.startsWith("Service gardé"));
        assertThat(search.sites()).hasSize(sites.size() + 1).anyMatch(s -> s.startsWith("Site gardé"));
    }

    /** The administrator home's kept counts show a person registered, then gone, at once, not 30 s later. */
    @Test
    void theKeptCountsShowAnArrivalAndADepartureAtOnce() {
        TestPeople.person().registerIn(directory);
        var before = directory.summary();
        assertThat(directory.summary()).as("kept").isSameAs(before);
        var newcomer = TestPeople.person()
                .department("Service compté " + System.nanoTime())
                .registerIn(directory);
        assertThat(directory.summary().activePeople()).isEqualTo(before.activePeople() + 1);
        assertThat(directory.summary().departments()).isEqualTo(before.departments() + 1);
        directory.recordDeparture(newcomer, java.time.LocalDate.of(2026, 12, 1));
        assertThat(directory.summary()).isEqualTo(before);
    }

    /** The pages' reads (plain SQL) show a person exactly as the aggregate does, with every field set or empty. */
    @Test
    void findAndFindAllGiveTheAggregatesView() {
        var manager = TestPeople.person().registerIn(directory);
        var full = TestPeople.person()
                .named("Élise", "Ndiaye")
                .reportingTo(manager)
                .hired(LocalDate.of(2020, 1, 6))
                .careerStart(2018)
                .speaking("fr", "en", "wo")
                .born(1995)
                .registerIn(directory);
        directory.recordDeparture(full, LocalDate.of(2026, 6, 30));

        for (var number : List.of(manager, full)) {
            var aggregate =
                    repository.findByEmployeeNumber(number).orElseThrow().view();
            assertThat(directory.find(number)).contains(aggregate);
        }
        assertThat(directory.findAll(List.of(full, manager, "nobody", full)))
                .containsExactlyInAnyOrder(
                        repository.findByEmployeeNumber(manager).orElseThrow().view(),
                        repository.findByEmployeeNumber(full).orElseThrow().view());
        assertThat(directory.find("nobody")).isEmpty();
    }

    /** The participant's home reads a person and their manager together: each as the directory shows them. */
    @Test
    void aPersonIsFoundWithTheirManagerOrWithoutOne() {
        var manager = TestPeople.person().named("Odile", "Marchand").registerIn(directory);
        var report = TestPeople.person().reportingTo(manager).registerIn(directory);
        var unknownManager =
                TestPeople.person().reportingTo("not-in-the-export").registerIn(directory);

        var found = directory.findWithManager(report).orElseThrow();
        assertThat(found.person()).isEqualTo(directory.find(report).orElseThrow());
        assertThat(found.manager()).isEqualTo(directory.find(manager).orElseThrow());
        assertThat(found.manager().fullName()).isEqualTo("Odile Marchand");

        var top = directory.findWithManager(manager).orElseThrow();
        assertThat(top.person().employeeNumber()).isEqualTo(manager);
        assertThat(top.manager()).isNull();
        assertThat(directory.findWithManager(unknownManager).orElseThrow().manager())
                .isNull();
        assertThat(directory.findWithManager("nobody")).isEmpty();
    }

    @Test
    void twoConcurrentEditsOfOnePersonNeverSilentlyOverwriteEachOther() {
        var number = TestPeople.person().site("Paris").registerIn(directory);
        var first = repository.findByEmployeeNumber(number).orElseThrow();
        var second = repository.findByEmployeeNumber(number).orElseThrow();
        first.jobTitle = "Directeur de la stratégie et de la transformation";
        repository.save(first);
        second.site = "Lyon";

        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findByEmployeeNumber(number).orElseThrow().site).isEqualTo("Paris");
    }

    @Test
    void searchFindsPeopleByTheStartOfTheirNameWhateverTheCase() {
        var ceo = TestPeople.person().named("Hélène", "Marchand").registerIn(directory);

        var result = search.search(new DirectorySearch.Criteria("marchand", "", "", "name", 0));

        assertThat(result.rows())
                .extracting(DirectorySearch.Row::employeeNumber)
                .contains(ceo);
        assertThat(result.rows())
                .allSatisfy(row -> assertThat((row.lastName() + " " + row.firstName()).toLowerCase())
                        .contains("marchand"));
    }

    @Test
    void searchFiltersByDepartmentAndSiteAndPagesThroughTheRest() {
        var people = new java.util.ArrayList<NewPerson>();
        for (int i = 0; i <= Paging.DEFAULT_SIZE; i++) {
            people.add(TestPeople.person()
                    .department("Commercial")
                    .site(i % 3 == 0 ? "Lille" : "Paris")
                    .build());
        }
        directory.registerAll(people);

        var all = search.search(new DirectorySearch.Criteria("", "Commercial", "", "name", 0));
        var lille = search.search(new DirectorySearch.Criteria("", "Commercial", "Lille", "name", 0));

        assertThat(all.total()).isGreaterThan(lille.total()).isGreaterThan(0);
        assertThat(lille.rows()).allSatisfy(row -> {
            assertThat(row.department()).isEqualTo("Commercial");
            assertThat(row.site()).isEqualTo("Lille");
        });
        var everyone = search.search(new DirectorySearch.Criteria("", "", "", "number", 0));
        var second = search.search(new DirectorySearch.Criteria("", "", "", "number", 1));
        assertThat(everyone.rows()).hasSize(Paging.DEFAULT_SIZE);
        assertThat(second.rows().get(0).employeeNumber())
                .isGreaterThan(everyone.rows().get(Paging.DEFAULT_SIZE - 1).employeeNumber());
    }

    @Test
    void searchTextIsNeverTakenAsSql() {
        TestPeople.person().registerIn(directory);

        var result = search.search(new DirectorySearch.Criteria("' or 1=1 --", "", "", "name; drop table person", 0));

        assertThat(result.total()).isZero();
        assertThat(directory.isEmpty()).isFalse();
    }

    @Test
    void aTextWithFiltersCountsEveryMatchOnceAndSortsNamesWithoutRegardToAccentsOrCase() {
        directory.registerAll(List.of(
                person("QX-1", "Quixa", "Ébrard", "Recherche"),
                person("QX-2", "Quixa", "ebrard", "Recherche"),
                person("QX-3", "Éloi", "Dupin", "Recherche"),
                person("QX-4", "Eléa", "Faure", "Recherche"),
                person("QX-5", "Quixa", "Ebrard", "Achats"),
                person("QX-6", "Ebrard", "Ebrard", "Recherche")));

        var found = search.search(new DirectorySearch.Criteria("ebrard", "Recherche", "", "name", 0));

        // the one whose first and last names both match is listed once
        assertThat(found.rows())
                .extracting(DirectorySearch.Row::employeeNumber)
                .containsExactlyInAnyOrder("QX-1", "QX-2", "QX-6");
        assertThat(found.total()).isEqualTo(3);
        assertThat(found.capped()).isFalse();
        var byName = search.search(new DirectorySearch.Criteria("quixa", "", "", "name", 0));
        assertThat(byName.rows())
                .extracting(DirectorySearch.Row::employeeNumber)
                .containsExactly("QX-1", "QX-2", "QX-5");
        var names = search.search(new DirectorySearch.Criteria("e", "Recherche", "", "name", 0));
        assertThat(names.rows())
                .extracting(DirectorySearch.Row::employeeNumber)
                .containsSubsequence("QX-3", "QX-6", "QX-1", "QX-2", "QX-4");
    }

    @Test
    void aBroadTextIsCountedUpToTheCapAndPagedWithoutOverlap() {
        var people = new java.util.ArrayList<NewPerson>();
        for (int i = 0; i < 60; i++) {
            people.add(person("WV-%03d".formatted(i), "Wenceslas", "Wvrak", "Logistique"));
        }
        directory.registerAll(people);

        var first = search.search(new DirectorySearch.Criteria("wvrak", "", "", "name", 0));
        var second = search.search(new DirectorySearch.Criteria("WVRAK", "", "", "name", 1));
        var last = search.search(new DirectorySearch.Criteria("wvrak", "", "", "name", 2));

        assertThat(first.total()).isEqualTo(60);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(last.rows()).hasSize(10);
        // the last page, not full, is counted from its rows; a page past the end by the database, as a full one
        assertThat(List.of(second.total(), last.total())).containsOnly(60L);
        assertThat(last.pages()).isEqualTo(3);
        var beyond = search.search(new DirectorySearch.Criteria("wvrak", "", "", "name", 5));
        assertThat(beyond.rows()).as("a page past the last: the last").isEqualTo(last.rows());
        assertThat(beyond.page()).isEqualTo(2);
        assertThat(beyond.total()).isEqualTo(60);
        assertThat(beyond.pages()).isEqualTo(3);
        var seen = new java.util.HashSet<String>();
        for (var page : List.of(first, second, last)) {
            page.rows()
                    .forEach(row -> assertThat(seen.add(row.employeeNumber())).isTrue());
        }
        assertThat(seen).hasSize(60);
        assertThat(search.search(new DirectorySearch.Criteria("WV-017", "", "", "name", 0))
                        .rows())
                .extracting(DirectorySearch.Row::employeeNumber)
                .containsExactly("WV-017");
    }

    private static NewPerson person(String number, String first, String last, String department) {
        return TestPeople.person()
                .number(number)
                .named(first, last)
                .department(department)
                .site("Nantes")
                .jobTitle(null)
                .hired(LocalDate.of(2020, 1, 1))
                .born(null)
                .build();
    }
}
