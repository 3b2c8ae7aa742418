package org.binome.skills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.binome.people.DemoCompanyLoaded;
import org.binome.people.NewPerson;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Skill profiles that make the map tell the reverse mentoring story: the young offer digital practices and want
 * know-how, the seniors offer know-how and want digital. Two gaps are left on purpose: automation/no-code is wanted
 * and offered by nobody; crisis management is offered (by the production director) and wanted by nobody.
 */
@Component
@Profile("demo")
class DemoSkills {

    private static final List<String> DIGITAL = List.of(
            "genai",
            "linkedin",
            "social-media",
            "collab-tools",
            "data-viz",
            "cybersecurity",
            "mobile-apps",
            "video",
            "ecommerce",
            "gen-z",
            "e-reputation");
    /** What seniors most want to learn, most wanted first. */
    private static final List<String> DIGITAL_WANTED = List.of(
            "genai", "linkedin", "nocode", "social-media", "data-viz", "cybersecurity", "collab-tools", "gen-z");

    private static final List<String> KNOW_HOW = List.of(
            "negotiation",
            "leadership",
            "strategy",
            "network",
            "public-speaking",
            "career",
            "client-relationship",
            "project-management",
            "industry",
            "company-history");
    private static final List<String> KNOW_HOW_WANTED =
            List.of("public-speaking", "negotiation", "career", "leadership", "network", "strategy");

    private final Skills skills;

    DemoSkills(Skills skills) {
        this.skills = skills;
    }

    @EventListener
    @Order(20)
    void load(DemoCompanyLoaded context) {
        var random = context.random();
        int year = context.today().getYear();
        for (NewPerson person : context.people()) {
            var number = person.employeeNumber();
            if (number.equals(DemoCompanyLoaded.YOUNG_MENTOR) || number.equals(DemoCompanyLoaded.SENIOR_MENTEE)) {
                continue;
            }
            // about two people in three fill in their profile
            if (random.nextInt(3) == 0) {
                continue;
            }
            int age = person.birthYear() == null ? 45 : year - person.birthYear();
            var declared = new LinkedHashMap<String, SkillDeclaration>();
            if (age < 32) {
                offer(declared, pick(random, DIGITAL, 2 + random.nextInt(3)), 2, 4, random);
                want(declared, pickWeighted(random, KNOW_HOW_WANTED, 1 + random.nextInt(2)), random);
            } else if (age >= 48) {
                offer(declared, pick(random, KNOW_HOW, 2 + random.nextInt(2)), 3, 4, random);
                want(declared, pickWeighted(random, DIGITAL_WANTED, 1 + random.nextInt(3)), random);
            } else {
                offer(
                        declared,
                        pick(random, random.nextBoolean() ? KNOW_HOW : DIGITAL, 1 + random.nextInt(2)),
                        2,
                        3,
                        random);
                want(
                        declared,
                        pickWeighted(random, random.nextBoolean() ? DIGITAL_WANTED : KNOW_HOW_WANTED, 1),
                        random);
            }
            skills.declare(number, declared.values());
        }
        skills.declare(
                DemoCompanyLoaded.YOUNG_MENTOR,
                List.of(
                        new SkillDeclaration(
                                "genai",
                                SkillDirection.OFFERED,
                                4,
                                "Prompts, résumés, veille : je l’utilise tous les jours"),
                        new SkillDeclaration(
                                "linkedin", SkillDirection.OFFERED, 4, "J’anime la page LinkedIn de la marque"),
                        new SkillDeclaration("social-media", SkillDirection.OFFERED, 3, "Instagram et TikTok"),
                        new SkillDeclaration("video", SkillDirection.OFFERED, 3, "Montage sur téléphone"),
                        new SkillDeclaration(
                                "negotiation",
                                SkillDirection.WANTED,
                                3,
                                "Négocier avec les agences et les fournisseurs"),
                        new SkillDeclaration(
                                "public-speaking", SkillDirection.WANTED, 2, "Présenter en comité de direction"),
                        new SkillDeclaration("network", SkillDirection.WANTED, 2, null)));
        skills.declare(
                DemoCompanyLoaded.SENIOR_MENTEE,
                List.of(
                        new SkillDeclaration("leadership", SkillDirection.OFFERED, 4, "30 ans de management d’usine"),
                        new SkillDeclaration("strategy", SkillDirection.OFFERED, 4, null),
                        new SkillDeclaration(
                                "industry", SkillDirection.OFFERED, 4, "Les produits et les sites, de l’intérieur"),
                        new SkillDeclaration("crisis", SkillDirection.OFFERED, 3, "Rappels produits, grèves, incendie"),
                        new SkillDeclaration("network", SkillDirection.OFFERED, 3, null),
                        new SkillDeclaration(
                                "genai", SkillDirection.WANTED, 3, "Comprendre ce que l’IA change pour nos métiers"),
                        new SkillDeclaration("linkedin", SkillDirection.WANTED, 2, "Je n’ai jamais publié"),
                        new SkillDeclaration("data-viz", SkillDirection.WANTED, 2, "Lire les tableaux de bord qualité"),
                        new SkillDeclaration("collab-tools", SkillDirection.WANTED, 1, null)));
    }

    private static void offer(
            LinkedHashMap<String, SkillDeclaration> declared, List<String> codes, int min, int max, Random random) {
        for (var code : codes) {
            declared.put(
                    "O" + code,
                    new SkillDeclaration(code, SkillDirection.OFFERED, min + random.nextInt(max - min + 1)));
        }
    }

    private static void want(LinkedHashMap<String, SkillDeclaration> declared, List<String> codes, Random random) {
        for (var code : codes) {
            declared.put("W" + code, new SkillDeclaration(code, SkillDirection.WANTED, 1 + random.nextInt(3)));
        }
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        var pool = new ArrayList<>(from);
        java.util.Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(count, pool.size()));
    }

    /** Earlier entries are picked more often: a few skills are in high demand, the tail less so. */
    private static List<String> pickWeighted(Random random, List<String> from, int count) {
        var chosen = new ArrayList<String>();
        for (int tries = 0; chosen.size() < count && tries < 50; tries++) {
            int index = (int) Math.floor(Math.pow(random.nextDouble(), 1.8) * from.size());
            var code = from.get(Math.min(index, from.size() - 1));
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        return chosen;
    }
}
