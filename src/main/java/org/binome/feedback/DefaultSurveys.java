package org.binome.feedback;

import static org.binome.feedback.SurveyAudience.ALL;
import static org.binome.feedback.SurveyAudience.MENTEE;
import static org.binome.feedback.SurveyAudience.MENTOR;

import java.util.ArrayList;
import java.util.List;

/**
 * The five surveys Binôme ships, one per moment of a programme. They are created on first start, then belong to the
 * administrators (editable, can be switched off). Question codes are stable: results read measures, not wording.
 */
final class DefaultSurveys {

    private DefaultSurveys() {}

    static List<SurveyDraft> all() {
        return List.of(enrolment(), firstSession(), midPoint(), end(), sixMonths());
    }

    static SurveyDraft enrolment() {
        var questions = new ArrayList<SurveyDraft.Question>();
        questions.addAll(digitalSelfAssessment());
        questions.add(text(
                "hopes",
                Measure.HOPES,
                ALL,
                QuestionKind.LONG_TEXT,
                "Qu’espérez-vous apprendre de votre binôme ?",
                "What do you hope to learn from your partner?"));
        questions.addAll(climateBlock());
        questions.add(intentToStay());
        return new SurveyDraft(
                "enrolment",
                SurveyMoment.ENROLMENT,
                ALL,
                "Votre point de départ",
                "Your starting point",
                "Quelques minutes pour situer votre point de départ. Vos réponses sont anonymes : personne dans "
                        + "l’entreprise ne voit vos réponses individuelles ; seuls des résultats de groupe (au moins "
                        + "5 personnes) sont publiés. Vous retrouverez vos réponses et vos progrès sur votre page.",
                "A few minutes to record your starting point. Your answers are anonymous: nobody in the company "
                        + "sees individual answers; only group results (at least 5 people) are published. You will "
                        + "find your answers and your progress on your page.",
                21,
                questions);
    }

    static SurveyDraft firstSession() {
        return new SurveyDraft(
                "first-session",
                SurveyMoment.FIRST_SESSION,
                ALL,
                "Votre première séance",
                "Your first session",
                "Votre première séance a eu lieu : deux questions pour nous dire comment elle s’est passée.",
                "Your first session took place: two questions to tell us how it went.",
                14,
                List.of(
                        new SurveyDraft.Question(
                                null,
                                "fit",
                                QuestionKind.SINGLE,
                                Measure.FIT,
                                null,
                                ALL,
                                true,
                                "Après cette première séance, comment voyez-vous votre binôme ?",
                                "After this first session, how do you see your pairing?",
                                List.of(
                                        new SurveyDraft.Option(
                                                "good-fit", "Nous formons un bon binôme", "We are a good fit"),
                                        new SurveyDraft.Option(
                                                "still-deciding",
                                                "Je me fais encore une idée",
                                                "I am still making up my mind"),
                                        new SurveyDraft.Option(
                                                "not-a-fit",
                                                "Nous ne formons pas un bon binôme",
                                                "We are not a good fit"))),
                        agreement(
                                "session-useful",
                                Measure.SESSION_RATING,
                                ALL,
                                "Cette première séance m’a été utile.",
                                "This first session was useful to me.")));
    }

    static SurveyDraft midPoint() {
        return new SurveyDraft(
                "mid-point",
                SurveyMoment.MID_POINT,
                ALL,
                "Mi-parcours",
                "Mid-point",
                "Vous êtes à mi-parcours. Ce que votre binôme vous apporte compte, dans les deux sens : ce que le "
                        + "mentoré transmet en retour fait partie du mentorat inversé.",
                "You are halfway through. What your partner brings you counts, both ways: what the mentee gives "
                        + "back is part of reverse mentoring.",
                14,
                List.of(
                        new SurveyDraft.Question(
                                null,
                                "functions",
                                QuestionKind.MULTIPLE,
                                Measure.FUNCTIONS,
                                null,
                                ALL,
                                false,
                                "Jusqu’ici, qu’est-ce que votre binôme vous a apporté ?",
                                "So far, what has your partner brought you?",
                                List.of(
                                        option("digital-skills", "Des compétences numériques", "Digital skills"),
                                        option(
                                                "business-knowledge",
                                                "Une meilleure connaissance des métiers et de l’entreprise",
                                                "A better understanding of the business and its trades"),
                                        option(
                                                "career-advice",
                                                "Des conseils pour mon parcours professionnel",
                                                "Advice on my career path"),
                                        option(
                                                "feedback",
                                                "Un regard extérieur sur ma façon de travailler",
                                                "An outside view of the way I work"),
                                        option("confidence", "De la confiance en moi", "Self-confidence"),
                                        option(
                                                "network",
                                                "Des contacts dans d’autres équipes",
                                                "Contacts in other teams"),
                                        option(
                                                "other-generation",
                                                "Une meilleure compréhension de l’autre génération",
                                                "A better understanding of the other generation"))),
                        agreement(
                                "on-track",
                                Measure.NONE,
                                ALL,
                                "Nos séances nous rapprochent de nos objectifs.",
                                "Our sessions are moving us towards our objectives.")));
    }

    static SurveyDraft end() {
        var questions = new ArrayList<SurveyDraft.Question>();
        questions.addAll(digitalSelfAssessment());
        questions.addAll(climateBlock());
        questions.add(intentToStay());
        questions.add(agreement(
                "satisfaction",
                Measure.SATISFACTION,
                ALL,
                "Dans l’ensemble, je suis satisfait·e de ce programme.",
                "Overall, I am satisfied with this programme."));
        questions.add(new SurveyDraft.Question(
                null,
                "recommendation",
                QuestionKind.RECOMMENDATION,
                Measure.RECOMMENDATION,
                null,
                ALL,
                true,
                "Quelle est la probabilité que vous recommandiez ce programme à un collègue ?",
                "How likely are you to recommend this programme to a colleague?",
                List.of()));
        questions.add(new SurveyDraft.Question(
                null,
                "learned-back",
                QuestionKind.MULTIPLE,
                Measure.LEARNED_BACK,
                null,
                MENTOR,
                false,
                "Qu’avez-vous appris de votre mentoré·e ?",
                "What did you learn from your mentee?",
                List.of(
                        option(
                                "business-knowledge",
                                "La connaissance des métiers et de l’entreprise",
                                "Knowledge of the business and its trades"),
                        option("career", "Des repères pour construire ma carrière", "Pointers to build my career"),
                        option("leadership", "Le leadership et la prise de décision", "Leadership and decision-making"),
                        option("communication", "La communication et la négociation", "Communication and negotiation"),
                        option("network", "Un réseau dans l’entreprise", "A network in the company"),
                        option(
                                "perspective",
                                "Le regard d’une autre génération sur le travail",
                                "Another generation’s view of work"))));
        questions.add(text(
                "learned",
                Measure.COMMENT,
                ALL,
                QuestionKind.LONG_TEXT,
                "Qu’avez-vous appris pendant ce programme ?",
                "What did you learn during this programme?"));
        questions.add(text(
                "applied",
                Measure.COMMENT,
                ALL,
                QuestionKind.LONG_TEXT,
                "Qu’appliquez-vous déjà dans votre travail ?",
                "What do you already apply in your work?"));
        return new SurveyDraft(
                "end",
                SurveyMoment.END,
                ALL,
                "Bilan de fin de programme",
                "End-of-programme review",
                "Votre binôme s’achève. Certaines questions reprennent celles du début pour mesurer le chemin "
                        + "parcouru. Les commentaires peuvent être cités de façon anonyme : n’y mettez pas de nom.",
                "Your pairing is coming to an end. Some questions repeat those of the start to measure the progress "
                        + "made. Comments may be quoted anonymously: please do not include names.",
                21,
                questions);
    }

    static SurveyDraft sixMonths() {
        return new SurveyDraft(
                "six-months",
                SurveyMoment.SIX_MONTHS,
                ALL,
                "Six mois après",
                "Six months on",
                "Six mois ont passé depuis la fin de votre binôme. Qu’en reste-t-il dans votre quotidien ?",
                "Six months have passed since your pairing ended. What remains of it in your daily work?",
                21,
                List.of(
                        new SurveyDraft.Question(
                                null,
                                "still-apply",
                                QuestionKind.SINGLE,
                                Measure.STILL_APPLY,
                                null,
                                ALL,
                                true,
                                "J’applique encore une pratique apprise pendant le programme.",
                                "I still apply a practice I learned during the programme.",
                                List.of(
                                        option("yes", "Oui, régulièrement", "Yes, regularly"),
                                        option("sometimes", "De temps en temps", "From time to time"),
                                        option("no", "Non", "No"))),
                        text(
                                "example",
                                Measure.COMMENT,
                                ALL,
                                QuestionKind.LONG_TEXT,
                                "Un exemple ? (il peut être cité de façon anonyme : n’y mettez pas de nom)",
                                "An example? (it may be quoted anonymously: please do not include names)")));
    }

    /** The five DigComp 2.2 areas, self-assessed by mentees at T0 and at the end. */
    private static List<SurveyDraft.Question> digitalSelfAssessment() {
        return List.of(
                level(
                        DigitalArea.INFORMATION_AND_DATA_LITERACY,
                        "Culture de l’information et des données : rechercher, évaluer et gérer des informations et "
                                + "des données.",
                        "Information and data literacy: browsing, evaluating and managing information and data."),
                level(
                        DigitalArea.COMMUNICATION_AND_COLLABORATION,
                        "Communication et collaboration : échanger, partager et travailler ensemble avec des outils "
                                + "numériques.",
                        "Communication and collaboration: interacting, sharing and working together through "
                                + "digital tools."),
                level(
                        DigitalArea.DIGITAL_CONTENT_CREATION,
                        "Création de contenus numériques : créer, modifier et publier des contenus (documents, "
                                + "présentations, vidéos, publications).",
                        "Digital content creation: creating, editing and publishing content (documents, "
                                + "presentations, videos, posts)."),
                level(
                        DigitalArea.SAFETY,
                        "Sécurité : protéger ses appareils, ses données personnelles, sa santé et l’environnement.",
                        "Safety: protecting devices, personal data, health and the environment."),
                level(
                        DigitalArea.PROBLEM_SOLVING,
                        "Résolution de problèmes : résoudre des difficultés techniques, identifier des besoins et "
                                + "choisir les bons outils.",
                        "Problem solving: solving technical problems, identifying needs and choosing the right "
                                + "tools."));
    }

    /** How each generation sees the other: four statements, higher is warmer. */
    private static List<SurveyDraft.Question> climateBlock() {
        return List.of(
                agreement(
                        "climate-teach",
                        Measure.CLIMATE,
                        ALL,
                        "Mes collègues d’une autre génération ont beaucoup à m’apprendre.",
                        "Colleagues from another generation have a lot to teach me."),
                agreement(
                        "climate-ask",
                        Measure.CLIMATE,
                        ALL,
                        "Je me sens à l’aise pour demander de l’aide à un collègue d’une autre génération.",
                        "I feel comfortable asking a colleague from another generation for help."),
                agreement(
                        "climate-ideas",
                        Measure.CLIMATE,
                        ALL,
                        "Dans mon équipe, les idées des collègues d’une autre génération sont prises au sérieux.",
                        "In my team, ideas from colleagues of another generation are taken seriously."),
                agreement(
                        "climate-together",
                        Measure.CLIMATE,
                        ALL,
                        "Dans notre entreprise, les générations travaillent bien ensemble.",
                        "In our company, the generations work well together."));
    }

    private static SurveyDraft.Question intentToStay() {
        return agreement(
                "intent-to-stay",
                Measure.INTENT_TO_STAY,
                MENTOR,
                "Je me vois encore travailler dans l’entreprise dans deux ans.",
                "I see myself still working for the company in two years’ time.");
    }

    private static SurveyDraft.Question level(DigitalArea area, String fr, String en) {
        return new SurveyDraft.Question(
                null,
                "digcomp-" + area.code(),
                QuestionKind.DIGCOMP_LEVEL,
                Measure.DIGCOMP,
                area,
                MENTEE,
                true,
                fr,
                en,
                List.of());
    }

    private static SurveyDraft.Question agreement(
            String code, Measure measure, SurveyAudience audience, String fr, String en) {
        return new SurveyDraft.Question(
                null, code, QuestionKind.AGREEMENT, measure, null, audience, true, fr, en, List.of());
    }

    private static SurveyDraft.Question text(
            String code, Measure measure, SurveyAudience audience, QuestionKind kind, String fr, String en) {
        return new SurveyDraft.Question(null, code, kind, measure, null, audience, false, fr, en, List.of());
    }

    private static SurveyDraft.Option option(String code, String fr, String en) {
        return new SurveyDraft.Option(code, fr, en);
    }
}
