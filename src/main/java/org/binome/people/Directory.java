package org.binome.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's facade: the employee directory as other modules may use it. */
@Service
public class Directory {

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final Departures departures;
    private final DirectoryLists lists;

    Directory(PersonRepository people, JdbcClient jdbc, Departures departures, DirectoryLists lists) {
        this.people = people;
        this.jdbc = jdbc;
        this.departures = departures;
        this.lists = lists;
    }

    @Transactional
    public void registerAll(Collection<NewPerson> newPeople) {
        people.saveAll(newPeople.stream().map(Person::from).toList());
    }

    /**
     * HR says this person left on that day, as an administrator's edit or the HR import would: marked as left and
     * announced ({@link PersonLeft}). Someone already gone is left as they are.
     */
    @Transactional
    public void recordDeparture(String employeeNumber, java.time.LocalDate leavingDate) {
        var person = people.findByEmployeeNumber(employeeNumber)
                .orElseThrow(() -> org.binome.shared.RuleViolation.notFound("person.manager.unknown"));
        if (person.status == PersonStatus.LEFT) {
            return;
        }
        person.status = PersonStatus.LEFT;
        person.leavingDate = leavingDate;
        people.save(person);
        departures.announce(person.view());
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return people.count() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> find(String employeeNumber) {
        return jdbc.sql(VIEW_COLUMNS + " where employee_number = ?")
                .param(employeeNumber)
                .query(Directory::view)
                .optional();
    }

    /**
     * A person and their direct manager, with one query (the participant's home shows both; two look-ups were two
     * round trips to the database on every view).
     */
    public Optional<PersonWithManager> findWithManager(String employeeNumber) {
        var rows = jdbc.sql(
                        VIEW_COLUMNS + " where employee_number = :person union all " + VIEW_COLUMNS
                                + " where employee_number = (select manager_number from person where employee_number = :person)")
                .param("person", employeeNumber)
                .query(Directory::view)
                .list();
        // Each told by its number, not by the rows' order (a union's order is not promised).
        return rows.stream()
                .filter(p -> p.employeeNumber().equals(employeeNumber))
                .findFirst()
                .map(person -> new PersonWithManager(
                        person,
                        rows.stream()
                                .filter(p -> p.employeeNumber().equals(person.managerNumber()))
                                .findFirst()
                                .orElse(null)));
    }

    /**
     * What {@link Person#view()} shows, read with plain SQL: the pages name people on every request, and Spring Data
     * JDBC's derived query (its SQL built again on each call, each row mapped through the aggregate's metadata) cost
     * several times the query itself.
     */
    private static final String VIEW_COLUMNS = "select employee_number, first_name, last_name, email, department, site,"
            + " job_title, manager_number, hire_date, career_start_year, languages, birth_year, leaving_date, status"
            + " from person";

    private static PersonView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var languages = rs.getString(11);
        return new PersonView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getObject(9, java.time.LocalDate.class),
                (Integer) rs.getObject(10, Integer.class),
                languages == null || languages.isBlank() ? List.of() : List.of(languages.split(",")),
                (Integer) rs.getObject(12, Integer.class),
                rs.getObject(13, java.time.LocalDate.class),
                PersonStatus.valueOf(rs.getString(14)));
    }

    /** How many active people, departments and sites the directory has (kept a short while, see DirectoryLists). */
    public DirectorySummary summary() {
        return lists.summary();
    }

    /** The managers of one person, the direct one first (one indexed look-up per level, cycle-safe). */
    @Transactional(readOnly = true)
    public List<PersonView> managersOf(String employeeNumber) {
        var chain = new java.util.ArrayList<PersonView>();
        var seen = new java.util.HashSet<String>();
        seen.add(employeeNumber);
        var current = people.findByEmployeeNumber(employeeNumber);
        while (current.isPresent() && current.get().managerNumber != null && seen.add(current.get().managerNumber)) {
            current = people.findByEmployeeNumber(current.get().managerNumber);
            current.ifPresent(manager -> chain.add(manager.view()));
        }
        return chain;
    }

    /** The active people whose direct manager this person is. */
    @Transactional(readOnly = true)
    List<PersonView> directReportsOf(String employeeNumber) {
        return people
                .findByManagerNumberAndStatusOrderByLastNameAscFirstNameAsc(employeeNumber, PersonStatus.ACTIVE)
                .stream()
                .map(Person::view)
                .toList();
    }

    /** Department, birth year and career start of every active person, in one query, for analytics. */
    @Transactional(readOnly = true)
    public List<PersonFacts> activeFacts() {
        return jdbc.sql("select employee_number, department, birth_year, career_start_year, hire_date from person"
                        + " where status = 'ACTIVE'")
                .query(Directory::facts)
                .list();
    }

    private static PersonFacts facts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PersonFacts(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, Integer.class),
                rs.getObject(4, Integer.class),
                rs.getObject(5, java.time.LocalDate.class));
    }

    /** The reporting lines of every active person, loaded in one query. */
    @Transactional(readOnly = true)
    public ReportingLines reportingLines() {
        var managerOf = new java.util.HashMap<String, String>();
        jdbc.sql("select employee_number, manager_number from person where status = 'ACTIVE'")
                .query(rs -> {
                    managerOf.put(rs.getString(1), rs.getString(2));
                });
        return ReportingLines.of(managerOf);
    }

    /** The facts of these people who are active (those that exist), in one query per thousand numbers. */
    @Transactional(readOnly = true)
    public List<PersonFacts> activeFacts(Collection<String> employeeNumbers) {
        return perThousand(
                employeeNumbers,
                numbers -> jdbc.sql("select employee_number, department, birth_year, career_start_year, hire_date"
                                + " from person where status = 'ACTIVE' and employee_number = any(?)")
                        .param(numbers)
                        .query(Directory::facts)
                        .list());
    }

    /** What a query reads for these numbers (each once), given a thousand numbers at a time. */
    private static <T> List<T> perThousand(
            Collection<String> employeeNumbers, java.util.function.Function<String[], List<T>> query) {
        var found = new java.util.ArrayList<T>();
        var numbers = List.copyOf(new java.util.LinkedHashSet<>(employeeNumbers));
        for (int from = 0; from < numbers.size(); from += 1000) {
            found.addAll(query.apply(
                    numbers.subList(from, Math.min(numbers.size(), from + 1000)).toArray(new String[0])));
        }
        return found;
    }

    /** The departments of the active people, in order (kept a short while). */
    public List<String> activeDepartments() {
        return lists.activeDepartments();
    }

    /** The generations of the active people ({@link Bands}), each once (kept a short while). */
    public List<String> activeGenerations() {
        return lists.activeGenerations();
    }

    /** The seniority bands of the active people on this day ({@link Bands}), each once (kept a short while). */
    public List<String> activeSeniorities(java.time.LocalDate today) {
        return lists.activeSeniorities(today);
    }

    public List<String> departments() {
        return lists.departments();
    }

    /** The people with these employee numbers (those that exist), in one query per thousand numbers. */
    @Transactional(readOnly = true)
    public List<PersonView> findAll(Collection<String> employeeNumbers) {
        return perThousand(
                employeeNumbers,
                numbers -> jdbc.sql(VIEW_COLUMNS + " where employee_number = any(?)")
                        .param(numbers)
                        .query(Directory::view)
                        .list());
    }

    /**
     * These people still in the company (not marked as left) by name, accents and case aside, then employee number,
     * with one query: a list that shows them all, as the matching page's sides of a cohort do (20,000 people each at
     * 20,000 pairs).
     */
    @Transactional(readOnly = true)
    public List<PersonName> namesOf(Collection<String> employeeNumbers) {
        if (employeeNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select employee_number, first_name, last_name, department from person"
                        + " where employee_number = any(?) and status = 'ACTIVE'"
                        + " order by first_name_key, last_name_key, employee_number")
                .param(employeeNumbers.toArray(new String[0]))
                .query((rs, i) ->
                        new PersonName(rs.getString(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Everyone of a department, whatever their status, by employee number. */
    @Transactional(readOnly = true)
    List<String> employeeNumbersIn(String department) {
        return employeeNumbersOf(department, null);
    }

    /** Everyone of a department and/or a site (null: any), whatever their status, by employee number. */
    @Transactional(readOnly = true)
    public List<String> employeeNumbersOf(String department, String site) {
        // only the conditions given, so that each is read from its index
        var sql = new StringBuilder("select employee_number from person where 1 = 1");
        var params = new java.util.ArrayList<Object>();
        if (department != null) {
            sql.append(" and department = ?");
            params.add(department);
        }
        if (site != null) {
            sql.append(" and site = ?");
            params.add(site);
        }
        return jdbc.sql(sql.toString()).params(params).query(String.class).list();
    }

    /** The active people of a department and/or a site (null: any), by employee number. */
    @Transactional(readOnly = true)
    public List<String> activeEmployeeNumbers(String department, String site) {
        return jdbc.sql("select employee_number from person where status = 'ACTIVE'"
                        + " and (cast(:department as varchar) is null or department = :department)"
                        + " and (cast(:site as varchar) is null or site = :site) order by employee_number")
                .param("department", department)
                .param("site", site)
                .query(String.class)
                .list();
    }

    /** Every site of the directory (whatever the people's status), in order: kept a short while. */
    public List<String> sites() {
        return lists.sites();
    }

    /**
     * Everyone in the directory, those who left included, with the facts impact analyses group and follow by
     * (department, site, birth year, career start, hire and leaving dates), in one query.
     */
    @Transactional(readOnly = true)
    public List<EmployeeRecord> employeeRecords() {
        return jdbc.sql("select employee_number, department, site, birth_year, career_start_year, hire_date,"
                        + " leaving_date, status from person")
                .query((rs, i) -> new EmployeeRecord(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, Integer.class),
                        rs.getObject(5, Integer.class),
                        rs.getObject(6, java.time.LocalDate.class),
                        rs.getObject(7, java.time.LocalDate.class),
                        PersonStatus.valueOf(rs.getString(8))))
                .list();
    }
}
