package org.binome.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.binome.people.DemoCompanyLoaded;
import org.binome.people.NewPerson;

/**
 * Generates the demo company's people from a fixed seed, so every demo installation shows the same company: a chief
 * executive, a director per department, two or three managers under each director and their teams.
 *
 * <p>Over 400 lines because most of it is data: the first and last names the demo company is made of (lines 95–255).
 */
final class Workforce {

    static final String CEO = DemoCompanyLoaded.CEO;
    static final String HR_PROGRAMME_MANAGER = DemoCompanyLoaded.HR_PROGRAMME_MANAGER;
    static final String FACILITATOR = DemoCompanyLoaded.FACILITATOR;
    static final String YOUNG_MENTOR = DemoCompanyLoaded.YOUNG_MENTOR;
    static final String SENIOR_MENTEE = DemoCompanyLoaded.SENIOR_MENTEE;

    private record Department(String name, String director, List<String> sites, List<String> titles) {}

    private static final List<Department> DEPARTMENTS = List.of(
            new Department(
                    "Ressources humaines",
                    "Directrice des ressources humaines",
                    List.of("Paris"),
                    List.of("Chargé·e de recrutement", "Gestionnaire paie", "Responsable formation", "Chargé·e RH")),
            new Department(
                    "Finance",
                    "Directeur administratif et financier",
                    List.of("Paris"),
                    List.of("Contrôleur·se de gestion", "Comptable", "Trésorier·e", "Analyste financier·e")),
            new Department(
                    "Marketing",
                    "Directrice marketing",
                    List.of("Paris", "Lyon"),
                    List.of(
                            "Chef·fe de produit",
                            "Chargé·e de communication digitale",
                            "Community manager",
                            "Chargé·e d'études")),
            new Department(
                    "Commercial",
                    "Directeur commercial",
                    List.of("Paris", "Lyon", "Lille", "Bordeaux", "Nantes"),
                    List.of(
                            "Ingénieur·e commercial·e",
                            "Chargé·e de clientèle",
                            "Key account manager",
                            "Assistant·e commercial·e")),
            new Department(
                    "Informatique",
                    "Directeur des systèmes d'information",
                    List.of("Paris", "Nantes"),
                    List.of(
                            "Développeur·se",
                            "Ingénieur·e cloud",
                            "Data analyst",
                            "Chef·fe de projet SI",
                            "Technicien·ne support")),
            new Department(
                    "Production",
                    "Directeur industriel",
                    List.of("Lyon", "Lille"),
                    List.of(
                            "Technicien·ne de production",
                            "Ingénieur·e méthodes",
                            "Responsable qualité",
                            "Opérateur·rice")),
            new Department(
                    "Logistique",
                    "Directrice supply chain",
                    List.of("Lille", "Bordeaux"),
                    List.of(
                            "Approvisionneur·se",
                            "Responsable d'entrepôt",
                            "Planificateur·rice",
                            "Agent·e logistique")),
            new Department(
                    "Juridique",
                    "Directrice juridique",
                    List.of("Paris"),
                    List.of("Juriste", "Juriste droit social", "Responsable conformité")),
            new Department(
                    "Recherche et développement",
                    "Directeur R&D",
                    List.of("Lyon", "Paris"),
                    List.of("Ingénieur·e R&D", "Chercheur·se", "Technicien·ne de laboratoire", "Designer")));

    private static final String[] FIRST_NAMES = {
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Emma",
        "Inès",
        "Sarah",
        "Julie",
        "Clara",
        "Lucie",
        "Anaïs",
        "Pauline",
        "Marie",
        "Nathalie",
        "Isabelle",
        "Sylvie",
        "Catherine",
        "Valérie",
        "Sandrine",
        "Christine",
        "Martine",
        "Françoise",
        "Élodie",
        "Aurélie",
        "Yasmine",
        "Fatou",
        "Mélanie",
        "Océane",
        "Zoé",
        "Jade",
        "Thomas",
        "Lucas",
        "Hugo",
        "Nathan",
        "Théo",
        "Louis",
        "Maxime",
        "Antoine",
        "Alexandre",
        "Julien",
        "Nicolas",
        "Sébastien",
        "Olivier",
        "Philippe",
        "Christophe",
        "Patrick",
        "Thierry",
        "Laurent",
        "Éric",
        "Pascal",
        "Didier",
        "Alain",
        "Karim",
        "Mehdi",
        "Moussa",
        "Kevin",
        "Quentin",
        "Romain",
        "Bastien",
        "Enzo",
        "Yanis",
        "Adrien",
        "Vincent"
    };

    private static final String[] LAST_NAMES = {
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "André",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "François",
        "Martinez",
        "Legrand",
        "Garnier",
        "Faure",
        "Rousseau",
        "Blanc",
        "Guérin",
        "Muller",
        "Henry",
        "Roussel",
        "Nicolas",
        "Perrin",
        "Morin",
        "Mathieu",
        "Clément",
        "Gauthier",
        "Dumont",
        "Lopez",
        "Fontaine",
        "Chevalier",
        "Robin",
        "Masson",
        "Sanchez",
        "Gérard",
        "Nguyen",
        "Boyer",
        "Denis",
        "Lemaire",
        "Duval",
        "Joly",
        "Gautier",
        "Roger",
        "Roche",
        "Roy",
        "Noël",
        "Meyer",
        "Lucas",
        "Meunier",
        "Jean",
        "Perez",
        "Marchand",
        "Dufour",
        "Blanchard",
        "Marie",
        "Barbier",
        "Brun",
        "Dumas",
        "Brunet",
        "Schmitt",
        "Leroux",
        "Colin",
        "Fernandez",
        "Benali",
        "Haddad",
        "Diallo",
        "Traoré",
        "Cohen"
    };

    private final Random random;
    private final LocalDate today;
    private final List<NewPerson> people = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private int nextNumber = 100;

    Workforce(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<NewPerson> build() {
        add(
                CEO,
                "Hélène",
                "Marchand",
                "Direction générale",
                "Paris",
                "Présidente-directrice générale",
                null,
                1964,
                1990);
        add(
                "ML00002",
                "Arnaud",
                "Vasseur",
                "Direction générale",
                "Paris",
                "Directeur de la stratégie",
                CEO,
                1971,
                2004);
        add(
                "ML00003",
                "Nadia",
                "Cherki",
                "Direction générale",
                "Paris",
                "Directrice de la communication",
                CEO,
                1975,
                2008);
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            var department = DEPARTMENTS.get(d);
            // The demo mentee, Bernard Lefèvre, directs Production (ML00008); Informatique takes the next number.
            var directorNumber = switch (department.name()) {
                case "Production" -> SENIOR_MENTEE;
                case "Informatique" -> "ML00009";
                default -> String.format("ML%05d", d + 4);
            };
            if (directorNumber.equals(SENIOR_MENTEE)) {
                add(
                        directorNumber,
                        "Bernard",
                        "Lefèvre",
                        department.name(),
                        department.sites().get(0),
                        department.director(),
                        CEO,
                        1966,
                        1993);
            } else {
                person(
                        directorNumber,
                        department.name(),
                        department.sites().get(0),
                        department.director(),
                        CEO,
                        1962,
                        1978);
            }
            int managers = department.sites().size() > 2 ? 3 : 2 + random.nextInt(2);
            for (int m = 0; m < managers; m++) {
                var site = department.sites().get(m % department.sites().size());
                var managerNumber = number();
                person(
                        managerNumber,
                        department.name(),
                        site,
                        "Responsable d'équipe " + department.name().toLowerCase(Locale.FRENCH),
                        directorNumber,
                        1968,
                        1990);
                if (d == 0 && m == 0) {
                    add(
                            HR_PROGRAMME_MANAGER,
                            "Camille",
                            "Laurent",
                            department.name(),
                            site,
                            "Responsable du programme de mentorat inversé",
                            managerNumber,
                            1985,
                            2012);
                    add(
                            FACILITATOR,
                            "Sophie",
                            "Garnier",
                            department.name(),
                            site,
                            "Coach interne, animatrice de codéveloppement",
                            managerNumber,
                            1979,
                            2009);
                }
                if (department.name().equals("Marketing") && m == 0) {
                    add(
                            YOUNG_MENTOR,
                            "Inès",
                            "Benali",
                            department.name(),
                            site,
                            "Chargée de communication digitale",
                            managerNumber,
                            2000,
                            2023);
                }
                int team = 10 + random.nextInt(3);
                for (int s = 0; s < team; s++) {
                    var title = department
                            .titles()
                            .get(random.nextInt(department.titles().size()));
                    person(number(), department.name(), site, title, managerNumber, 1962, 2004);
                }
            }
        }
        return people;
    }

    private String number() {
        return String.format("ML%05d", nextNumber++);
    }

    private void person(
            String number, String department, String site, String title, String manager, int bornFrom, int bornTo) {
        // Skew towards both ends so the demo shows real generational pairs, not a flat middle.
        int born = random.nextInt(3) == 0
                ? bornTo - random.nextInt(Math.min(8, bornTo - bornFrom + 1))
                : bornFrom + random.nextInt(bornTo - bornFrom + 1);
        var first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        var last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        int careerStart = born + 21 + random.nextInt(4);
        int hiredYear =
                Math.min(today.getYear(), careerStart + random.nextInt(Math.max(1, today.getYear() - careerStart + 1)));
        add(number, first, last, department, site, title, manager, born, hiredYear);
    }

    private void add(
            String number,
            String first,
            String last,
            String department,
            String site,
            String title,
            String manager,
            int born,
            int hiredYear) {
        var hired = LocalDate.of(hiredYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (hired.isAfter(today)) {
            hired = today.minusMonths(1 + random.nextInt(6));
        }
        var languages = new ArrayList<String>(List.of("fr"));
        if (random.nextInt(10) < 7) {
            languages.add("en");
        }
        if (random.nextInt(10) == 0) {
            languages.add(random.nextBoolean() ? "es" : "de");
        }
        people.add(new NewPerson(
                number,
                first,
                last,
                email(first, last),
                department,
                site,
                title,
                manager,
                hired,
                Math.min(born + 22, hiredYear),
                languages,
                born));
    }

    private String email(String first, String last) {
        var base = ascii(first) + "." + ascii(last);
        var candidate = base + "@maison-lumiere.fr";
        for (int i = 2; !emails.add(candidate); i++) {
            candidate = base + i + "@maison-lumiere.fr";
        }
        return candidate;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
