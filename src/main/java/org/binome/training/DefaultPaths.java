package org.binome.training;

import java.util.List;
import org.binome.programs.ParticipantRole;

/**
 * The training content Binôme ships: six modules for reverse mentors, three for their mentees, each with a short quiz.
 * Copied into a programme the first time its path is read, then owned by the programme's administrators.
 */
final class DefaultPaths {

    private DefaultPaths() {}

    record Seed(String titleFr, String titleEn, String bodyFr, String bodyEn, int minutes, List<SeedQuestion> quiz) {}

    record SeedQuestion(String fr, String en, List<SeedChoice> choices) {}

    record SeedChoice(String fr, String en, boolean correct) {}

    static final int PASS_MARK = 60;

    static List<Seed> of(ParticipantRole role) {
        return role == ParticipantRole.MENTOR ? MENTOR : MENTEE;
    }

    private static SeedQuestion q(String fr, String en, SeedChoice... choices) {
        return new SeedQuestion(fr, en, List.of(choices));
    }

    private static SeedChoice yes(String fr, String en) {
        return new SeedChoice(fr, en, true);
    }

    private static SeedChoice no(String fr, String en) {
        return new SeedChoice(fr, en, false);
    }

    private static final List<Seed> MENTOR = List.of(
            new Seed(
                    "Le rôle du mentor inversé",
                    "The role of a reverse mentor",
                    """
                    <p>Dans un mentorat inversé, c’est la personne la plus jeune — ou la plus à l’aise avec un usage \
                    numérique — qui accompagne une personne plus expérimentée, souvent un dirigeant. Vous n’êtes ni \
                    formateur ni consultant : vous êtes un <strong>pair</strong> qui partage ses usages, ses codes et \
                    son regard sur le monde numérique.</p>
                    <p>Votre rôle tient en trois verbes : <em>montrer</em> (des usages concrets, dans le quotidien \
                    de votre mentoré), <em>questionner</em> (ce qui freine, ce qui intéresse) et <em>encourager</em> \
                    (chaque petit pas compte). La relation est réciproque : votre mentoré partage à son tour son \
                    expérience de l’entreprise.</p>
                    <ul><li>Vous fixez ensemble des objectifs simples et mesurables.</li>\
                    <li>Vous respectez le rythme convenu (une rencontre par mois en général).</li>\
                    <li>Vous restez hors de toute relation hiérarchique : le programme y veille.</li></ul>
                    """,
                    """
                    <p>In reverse mentoring, the younger person — or the one most at ease with a digital practice — \
                    supports a more experienced colleague, often an executive. You are neither a trainer nor a \
                    consultant: you are a <strong>peer</strong> sharing your habits, your codes and your view of the \
                    digital world.</p>
                    <p>Your role comes down to three verbs: <em>show</em> (concrete uses, in your mentee’s daily \
                    work), <em>ask</em> (what holds them back, what interests them) and <em>encourage</em> (every \
                    small step counts). The relationship goes both ways: your mentee shares their experience of the \
                    company in return.</p>
                    <ul><li>Together you set simple, measurable goals.</li>\
                    <li>You keep the agreed rhythm (usually one meeting a month).</li>\
                    <li>You stay outside any reporting line: the programme sees to it.</li></ul>
                    """,
                    15,
                    List.of(
                            q(
                                    "Quelle posture adopte le mentor inversé ?",
                                    "Which stance does a reverse mentor take?",
                                    no("Celle d’un formateur qui évalue", "That of a trainer who assesses"),
                                    yes(
                                            "Celle d’un pair qui partage ses usages",
                                            "That of a peer sharing their habits"),
                                    no("Celle d’un consultant qui facture", "That of a consultant who invoices")),
                            q(
                                    "La relation de mentorat inversé est…",
                                    "The reverse mentoring relationship is…",
                                    yes("réciproque", "reciprocal"),
                                    no("à sens unique", "one-way"),
                                    no("hiérarchique", "hierarchical")))),
            new Seed(
                    "Transmettre une compétence numérique à un senior",
                    "Passing a digital skill on to a senior",
                    """
                    <p>Apprendre un usage numérique, c’est d’abord en voir l’intérêt. Partez d’un besoin réel de \
                    votre mentoré : préparer une présentation, suivre un sujet sur LinkedIn, résumer un long document \
                    avec une IA générative. Montrez une seule chose à la fois, sur <strong>son</strong> poste ou \
                    <strong>son</strong> téléphone, et laissez-le manipuler.</p>
                    <p>Appliquez la règle « je fais, nous faisons, tu fais » : vous montrez une fois, vous refaites \
                    ensemble, puis il refait seul pendant que vous observez sans reprendre la souris. Terminez par un \
                    petit exercice à faire avant la prochaine rencontre.</p>
                    <ul><li>Évitez le jargon ou expliquez-le.</li><li>Notez les étapes sur une fiche qu’il garde.</li>\
                    <li>Célébrez la première réussite autonome.</li></ul>
                    """,
                    """
                    <p>Learning a digital practice starts with seeing why it matters. Start from a real need of your \
                    mentee: preparing a presentation, following a topic on LinkedIn, summarising a long document with \
                    generative AI. Show one thing at a time, on <strong>their</strong> computer or \
                    <strong>their</strong> phone, and let them handle it.</p>
                    <p>Apply the “I do, we do, you do” rule: you show once, you do it again together, then they do \
                    it alone while you watch without taking the mouse back. End with a small exercise to do before \
                    the next meeting.</p>
                    <ul><li>Avoid jargon, or explain it.</li><li>Write the steps on a sheet they keep.</li>\
                    <li>Celebrate the first independent success.</li></ul>
                    """,
                    20,
                    List.of(
                            q(
                                    "Par où commencer ?",
                                    "Where should you start?",
                                    yes("Par un besoin réel du mentoré", "From a real need of the mentee"),
                                    no("Par la liste de toutes les fonctions", "From the list of every feature"),
                                    no("Par la théorie des réseaux", "From network theory")),
                            q(
                                    "Que signifie « je fais, nous faisons, tu fais » ?",
                                    "What does “I do, we do, you do” mean?",
                                    no("Le mentor fait tout à la place du mentoré", "The mentor does everything"),
                                    yes(
                                            "Montrer, refaire ensemble, puis laisser faire seul",
                                            "Show, do it together, then let them do it alone"),
                                    no("Trois rencontres obligatoires", "Three compulsory meetings")),
                            q(
                                    "Sur quel appareil s’exercer ?",
                                    "On which device should they practise?",
                                    yes("Celui du mentoré", "The mentee’s own"),
                                    no("Celui du mentor", "The mentor’s"),
                                    no("Aucun, on regarde une vidéo", "None, watch a video")))),
            new Seed(
                    "L’écoute active",
                    "Active listening",
                    """
                    <p>Écouter activement, c’est chercher à comprendre avant de vouloir répondre. Laissez des \
                    silences, reformulez ce que vous avez entendu (« si je comprends bien, vous… »), posez des \
                    questions ouvertes (« qu’est-ce qui vous gêne dans… ? ») plutôt que fermées.</p>
                    <p>Soyez attentif au non-verbal : une hésitation, un soupir devant un écran disent souvent plus \
                    qu’un long discours. Vérifiez régulièrement que vous avancez au bon rythme.</p>
                    <ul><li>Reformuler</li><li>Questionner ouvert</li><li>Accueillir sans juger</li></ul>
                    """,
                    """
                    <p>Active listening means seeking to understand before wanting to answer. Leave silences, \
                    rephrase what you heard (“if I understand correctly, you…”), ask open questions (“what bothers \
                    you about…?”) rather than closed ones.</p>
                    <p>Pay attention to non-verbal signs: a hesitation or a sigh in front of a screen often says more \
                    than a long speech. Check regularly that you are moving at the right pace.</p>
                    <ul><li>Rephrase</li><li>Ask open questions</li><li>Welcome without judging</li></ul>
                    """,
                    10,
                    List.of(
                            q(
                                    "Quelle question est ouverte ?",
                                    "Which question is open?",
                                    no("Vous utilisez Teams ?", "Do you use Teams?"),
                                    yes("Qu’est-ce qui vous gêne dans Teams ?", "What bothers you about Teams?"),
                                    no("Teams ou Zoom ?", "Teams or Zoom?")),
                            q(
                                    "Reformuler sert à…",
                                    "Rephrasing serves to…",
                                    yes("vérifier qu’on a bien compris", "check you understood"),
                                    no("gagner du temps", "save time"),
                                    no("corriger l’autre", "correct the other person")))),
            new Seed(
                    "La confidentialité",
                    "Confidentiality",
                    """
                    <p>Ce qui se dit entre vous et votre mentoré reste entre vous. Votre mentoré peut évoquer ses \
                    doutes, ses difficultés, parfois des sujets stratégiques : la confiance repose sur votre \
                    discrétion, y compris vis-à-vis de votre propre manager.</p>
                    <p>Les seules exceptions sont celles de la charte du programme : une situation de danger ou une \
                    obligation légale. En cas de doute, demandez conseil à l’animateur ou à l’équipe RH sans \
                    nommer les personnes. Les mêmes règles valent dans les groupes de codéveloppement.</p>
                    """,
                    """
                    <p>What is said between you and your mentee stays between you. Your mentee may share doubts, \
                    difficulties, sometimes strategic matters: trust rests on your discretion, including towards your \
                    own manager.</p>
                    <p>The only exceptions are those of the programme charter: danger or a legal obligation. When in \
                    doubt, ask the facilitator or HR for advice without naming anyone. The same rules apply in \
                    codevelopment circles.</p>
                    """,
                    10,
                    List.of(
                            q(
                                    "Votre manager vous demande ce que dit votre mentoré. Vous…",
                                    "Your manager asks what your mentee says. You…",
                                    no("racontez l’essentiel", "tell the gist"),
                                    yes("expliquez que c’est confidentiel", "explain it is confidential"),
                                    no("envoyez vos notes", "send your notes")),
                            q(
                                    "En cas de doute sur une situation délicate…",
                                    "When in doubt about a delicate situation…",
                                    yes(
                                            "je demande conseil sans nommer les personnes",
                                            "I ask for advice without naming anyone"),
                                    no("j’en parle à l’équipe", "I tell my team"),
                                    no("je ne fais rien", "I do nothing")))),
            new Seed(
                    "Résistances et idées reçues",
                    "Handling resistance and preconceptions",
                    """
                    <p>« Ce n’est plus de mon âge », « ces outils sont des gadgets », « un jeune n’a rien à \
                    m’apprendre » : les résistances sont normales. Elles cachent souvent la peur de paraître \
                    incompétent devant un plus jeune. Ne les combattez pas de front.</p>
                    <p>Accueillez-les (« je comprends »), cherchez le besoin derrière, puis proposez une petite \
                    expérience sans risque qui montre un bénéfice immédiat. Les idées reçues vont aussi dans \
                    l’autre sens : ne présumez pas qu’un senior ne sait rien, partez de ce qu’il sait déjà.</p>
                    """,
                    """
                    <p>“I’m too old for this”, “these tools are gimmicks”, “a youngster has nothing to teach me”: \
                    resistance is normal. It often hides the fear of looking incompetent in front of someone younger. \
                    Do not fight it head on.</p>
                    <p>Acknowledge it (“I understand”), look for the need behind it, then suggest a small risk-free \
                    experiment that shows an immediate benefit. Preconceptions go both ways too: do not assume a \
                    senior knows nothing, start from what they already know.</p>
                    """,
                    15,
                    List.of(
                            q(
                                    "Face à « ce sont des gadgets », la meilleure réponse est…",
                                    "Faced with “these are gimmicks”, the best answer is…",
                                    no("de démontrer qu’il a tort", "to prove them wrong"),
                                    yes(
                                            "une petite expérience utile et sans risque",
                                            "a small, useful, risk-free experiment"),
                                    no("d’abandonner le sujet", "to drop the subject")),
                            q(
                                    "Que cache souvent une résistance ?",
                                    "What does resistance often hide?",
                                    yes("La peur de paraître incompétent", "The fear of looking incompetent"),
                                    no("De la paresse", "Laziness"),
                                    no("Du mépris", "Contempt")))),
            new Seed(
                    "Préparer une rencontre",
                    "Preparing a session",
                    """
                    <p>Une bonne rencontre se prépare en dix minutes. Relisez vos notes et l’objectif en cours, \
                    choisissez <strong>un</strong> sujet, préparez un exemple concret et vérifiez le matériel \
                    (connexion, comptes, chargeur).</p>
                    <p>Structurez l’heure : cinq minutes de nouvelles, le cœur de la séance, dix minutes pour faire \
                    le point et convenir de la suite. Terminez toujours par une date et un petit engagement de \
                    chacun.</p>
                    """,
                    """
                    <p>A good session takes ten minutes to prepare. Reread your notes and the current goal, choose \
                    <strong>one</strong> topic, prepare a concrete example and check the equipment (connection, \
                    accounts, charger).</p>
                    <p>Structure the hour: five minutes of news, the core of the session, ten minutes to take stock \
                    and agree on next steps. Always end with a date and a small commitment from each of you.</p>
                    """,
                    10,
                    List.of(
                            q(
                                    "Combien de sujets par rencontre ?",
                                    "How many topics per session?",
                                    yes("Un, bien traité", "One, well covered"),
                                    no("Le plus possible", "As many as possible"),
                                    no("Aucun, on improvise", "None, we improvise")),
                            q(
                                    "Comment se termine une rencontre ?",
                                    "How does a session end?",
                                    no("Sans rien fixer", "Without fixing anything"),
                                    yes(
                                            "Par une date et un engagement de chacun",
                                            "With a date and a commitment from each"),
                                    no("Par une évaluation notée", "With a graded assessment")))));

    private static final List<Seed> MENTEE = List.of(
            new Seed(
                    "Humilité et ouverture",
                    "Humility and openness",
                    """
                    <p>Être mentoré par plus jeune que soi demande une vraie ouverture : accepter de ne pas savoir, \
                    de poser des questions « naïves », de se tromper devant quelqu’un qui pourrait être votre \
                    collaborateur. C’est précisément ce qui rend l’expérience précieuse.</p>
                    <p>Laissez votre titre à la porte. Votre mentor ne vous juge pas : il vous ouvre ses usages. \
                    Votre curiosité est votre meilleur atout, et votre exemple compte pour toute l’entreprise.</p>
                    """,
                    """
                    <p>Being mentored by someone younger takes real openness: accepting not to know, asking “naive” \
                    questions, making mistakes in front of someone who could be on your team. That is precisely what \
                    makes the experience valuable.</p>
                    <p>Leave your title at the door. Your mentor does not judge you: they open up their habits to you. \
                    Your curiosity is your best asset, and your example matters to the whole company.</p>
                    """,
                    10,
                    List.of(
                            q(
                                    "Pendant les rencontres, votre titre…",
                                    "During the meetings, your title…",
                                    yes("reste à la porte", "stays at the door"),
                                    no("fixe l’ordre du jour", "sets the agenda"),
                                    no("est rappelé au mentor", "is recalled to the mentor")),
                            q(
                                    "Poser une question « naïve » est…",
                                    "Asking a “naive” question is…",
                                    no("à éviter", "to be avoided"),
                                    yes("bienvenu", "welcome"),
                                    no("réservé au mentor", "for the mentor only")))),
            new Seed(
                    "Clarifier ses attentes",
                    "Setting expectations",
                    """
                    <p>Dès la première rencontre, dites ce que vous attendez : comprendre un réseau social, \
                    utiliser l’IA générative dans votre travail, mieux connaître les attentes des jeunes \
                    collaborateurs… Deux ou trois objectifs concrets suffisent.</p>
                    <p>Convenez aussi du cadre : rythme, durée, lieu, manière de se joindre entre deux rencontres. \
                    Revenez sur ces attentes à mi-parcours pour les ajuster.</p>
                    """,
                    """
                    <p>From the first meeting, say what you expect: understanding a social network, using generative \
                    AI in your work, knowing better what young colleagues expect… Two or three concrete goals are \
                    enough.</p>
                    <p>Agree on the setting too: rhythm, length, place, how to reach each other between meetings. \
                    Revisit these expectations halfway through to adjust them.</p>
                    """,
                    10,
                    List.of(
                            q(
                                    "Combien d’objectifs fixer ?",
                                    "How many goals should you set?",
                                    yes("Deux ou trois, concrets", "Two or three concrete ones"),
                                    no("Aucun", "None"),
                                    no("Une dizaine", "About ten")),
                            q(
                                    "Quand revoir ses attentes ?",
                                    "When should you revisit expectations?",
                                    no("Jamais", "Never"),
                                    yes("À mi-parcours", "Halfway through"),
                                    no("Après la fin du programme", "After the programme ends")))),
            new Seed(
                    "Partager son savoir-faire en retour",
                    "Sharing know-how back",
                    """
                    <p>Le mentorat inversé est un échange. Votre mentor apprend beaucoup de vous : la lecture \
                    d’une organisation, la conduite d’un projet, la négociation, la gestion d’une crise, le réseau \
                    interne.</p>
                    <p>Réservez un moment de chaque rencontre à ses questions, racontez vos expériences (y compris \
                    vos erreurs) et ouvrez-lui une porte quand c’est utile : une réunion à laquelle assister, une \
                    personne à rencontrer.</p>
                    """,
                    """
                    <p>Reverse mentoring is an exchange. Your mentor learns a lot from you: how to read an \
                    organisation, run a project, negotiate, handle a crisis, build an internal network.</p>
                    <p>Keep a moment of each meeting for their questions, tell your experiences (mistakes included) \
                    and open a door when it helps: a meeting to attend, a person to meet.</p>
                    """,
                    10,
                    List.of(
                            q(
                                    "Le mentorat inversé est…",
                                    "Reverse mentoring is…",
                                    yes("un échange dans les deux sens", "a two-way exchange"),
                                    no("un cours particulier", "private tuition"),
                                    no("une évaluation du mentor", "an assessment of the mentor")),
                            q(
                                    "Que pouvez-vous partager ?",
                                    "What can you share?",
                                    no("Rien, ce n’est pas le but", "Nothing, that is not the point"),
                                    yes(
                                            "Vos expériences, y compris vos erreurs",
                                            "Your experiences, mistakes included"),
                                    no("Seulement vos réussites", "Only your successes")))));
}
