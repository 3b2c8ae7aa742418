-- Skills get descriptions in both languages and can be retired (kept for history, no longer offered);
-- each declaration can carry a short comment ("on Teams and Notion, not Slack").
alter table skill add column description_fr varchar(500);
alter table skill add column description_en varchar(500);
alter table skill add column retired boolean not null default false;
alter table person_skill add column comment varchar(200);
create index person_skill_person_ix on person_skill (employee_number);

update skill set description_fr = 'Utiliser ChatGPT, Copilot ou Mistral pour écrire, résumer et préparer, sans exposer de données sensibles.',
                 description_en = 'Using ChatGPT, Copilot or Mistral to write, summarise and prepare, without exposing sensitive data.'
 where code = 'genai';
update skill set description_fr = 'Soigner son profil, publier, développer son réseau et représenter l’entreprise.',
                 description_en = 'Polishing one’s profile, posting, growing a network and representing the company.'
 where code = 'linkedin';
update skill set description_fr = 'Instagram, TikTok, X : les codes de chaque réseau et ce qu’ils disent de l’entreprise.',
                 description_en = 'Instagram, TikTok, X: the codes of each network and what they say about the company.'
 where code = 'social-media';
update skill set description_fr = 'Travailler à plusieurs sur un document, une messagerie d’équipe, un wiki.',
                 description_en = 'Working together on a document, a team chat, a wiki.'
 where code = 'collab-tools';
update skill set description_fr = 'Lire un tableau de bord, poser une question aux données, repérer un chiffre douteux.',
                 description_en = 'Reading a dashboard, asking data a question, spotting a dubious figure.'
 where code = 'data-viz';
update skill set description_fr = 'Mots de passe, double authentification, hameçonnage : les bons réflexes.',
                 description_en = 'Passwords, two-factor authentication, phishing: the right reflexes.'
 where code = 'cybersecurity';
update skill set description_fr = 'Applications métier sur téléphone, travail hybride et nomade.',
                 description_en = 'Business apps on the phone, hybrid and mobile work.'
 where code = 'mobile-apps';
update skill set description_fr = 'Filmer, monter et publier un format court ; lancer un podcast interne.',
                 description_en = 'Shooting, editing and posting a short format; starting an internal podcast.'
 where code = 'video';
update skill set description_fr = 'Ce que vit un client qui achète en ligne, de la recherche à l’avis.',
                 description_en = 'What a customer buying online goes through, from search to review.'
 where code = 'ecommerce';
update skill set description_fr = 'Automatiser une tâche répétitive sans développeur (Power Automate, Zapier…).',
                 description_en = 'Automating a repetitive task without a developer (Power Automate, Zapier…).'
 where code = 'nocode';
update skill set description_fr = 'Comprendre ce que les jeunes recrues attendent du travail, du management et de l’entreprise.',
                 description_en = 'Understanding what young recruits expect from work, management and the company.'
 where code = 'gen-z';
update skill set description_fr = 'Préparer, conduire et conclure une négociation, en interne comme avec un client.',
                 description_en = 'Preparing, leading and closing a negotiation, internal or with a client.'
 where code = 'negotiation';
update skill set description_fr = 'Animer une équipe, déléguer, donner un retour, décider.',
                 description_en = 'Leading a team, delegating, giving feedback, deciding.'
 where code = 'leadership';
update skill set description_fr = 'Prendre du recul, arbitrer, relier une décision à la stratégie de l’entreprise.',
                 description_en = 'Stepping back, making trade-offs, linking a decision to the company’s strategy.'
 where code = 'strategy';
update skill set description_fr = 'Qui fait quoi, à qui s’adresser, l’histoire et les usages de la maison.',
                 description_en = 'Who does what, whom to ask, the history and customs of the company.'
 where code = 'network';
update skill set description_fr = 'Présenter en comité, convaincre une salle, répondre aux questions.',
                 description_en = 'Presenting to a committee, convincing a room, answering questions.'
 where code = 'public-speaking';
update skill set description_fr = 'Garder son calme, prioriser et communiquer quand tout va mal.',
                 description_en = 'Keeping calm, prioritising and communicating when everything goes wrong.'
 where code = 'crisis';
update skill set description_fr = 'Mobilité interne, entretiens, choix de parcours : ce que l’expérience apprend.',
                 description_en = 'Internal mobility, reviews, career choices: what experience teaches.'
 where code = 'career';
update skill set description_fr = 'Construire une relation durable avec les grands clients.',
                 description_en = 'Building lasting relationships with key accounts.'
 where code = 'client-relationship';
update skill set description_fr = 'Cadrer, planifier, tenir les délais et embarquer les parties prenantes.',
                 description_en = 'Scoping, planning, meeting deadlines and bringing stakeholders along.'
 where code = 'project-management';
update skill set description_fr = 'Les produits, les clients et les métiers de l’entreprise, de l’intérieur.',
                 description_en = 'The company’s products, clients and trades, from the inside.'
 where code = 'industry';

insert into skill (code, name_fr, name_en, category, description_fr, description_en) values
('e-reputation', 'E-réputation', 'Online reputation', 'DIGITAL',
 'Ce qu’Internet dit de vous et de l’entreprise, et comment y répondre.',
 'What the internet says about you and the company, and how to respond.'),
('company-history', 'Histoire et valeurs de l’entreprise', 'Company history and values', 'KNOW_HOW',
 'Les grandes étapes, les réussites et les échecs qui expliquent la maison d’aujourd’hui.',
 'The milestones, successes and failures that explain today’s company.');
