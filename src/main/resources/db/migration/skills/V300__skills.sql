create table skill (
    code varchar(50) primary key,
    name_fr varchar(120) not null,
    name_en varchar(120) not null,
    category varchar(20) not null
);

create table person_skill (
    employee_number varchar(50) not null,
    skill_code varchar(50) not null references skill(code),
    direction varchar(10) not null,
    level integer not null,
    constraint person_skill_pk primary key (employee_number, skill_code, direction),
    constraint person_skill_level_ck check (level between 1 and 4)
);
create index person_skill_skill_ix on person_skill (skill_code, direction);

-- The default catalogue: digital practices the juniors pass on, know-how the seniors share back.
insert into skill (code, name_fr, name_en, category) values
('genai', 'IA générative au quotidien', 'Generative AI in daily work', 'DIGITAL'),
('linkedin', 'LinkedIn et marque personnelle', 'LinkedIn and personal branding', 'DIGITAL'),
('social-media', 'Réseaux sociaux et communication de l''entreprise', 'Social media and corporate communication', 'DIGITAL'),
('collab-tools', 'Outils collaboratifs (Teams, Slack, Notion)', 'Collaboration tools (Teams, Slack, Notion)', 'DIGITAL'),
('data-viz', 'Données et tableaux de bord', 'Data and dashboards', 'DIGITAL'),
('cybersecurity', 'Cybersécurité et hygiène numérique', 'Cybersecurity and digital hygiene', 'DIGITAL'),
('mobile-apps', 'Applications mobiles et nouveaux usages', 'Mobile apps and new practices', 'DIGITAL'),
('video', 'Vidéo courte et podcasts', 'Short video and podcasts', 'DIGITAL'),
('ecommerce', 'E-commerce et parcours client digital', 'E-commerce and digital customer journeys', 'DIGITAL'),
('nocode', 'Automatisation et no-code', 'Automation and no-code', 'DIGITAL'),
('gen-z', 'Attentes et codes de la génération Z', 'Expectations and codes of Gen Z', 'DIGITAL'),
('negotiation', 'Négociation', 'Negotiation', 'KNOW_HOW'),
('leadership', 'Management et leadership', 'Management and leadership', 'KNOW_HOW'),
('strategy', 'Vision stratégique et prise de décision', 'Strategic vision and decision making', 'KNOW_HOW'),
('network', 'Réseau interne et culture de l''entreprise', 'Internal network and company culture', 'KNOW_HOW'),
('public-speaking', 'Prise de parole en public', 'Public speaking', 'KNOW_HOW'),
('crisis', 'Gestion de crise', 'Crisis management', 'KNOW_HOW'),
('career', 'Construire sa carrière', 'Building a career', 'KNOW_HOW'),
('client-relationship', 'Relation client grands comptes', 'Key account relationships', 'KNOW_HOW'),
('project-management', 'Conduite de projet', 'Project management', 'KNOW_HOW'),
('industry', 'Connaissance du métier et des produits', 'Business and product knowledge', 'KNOW_HOW');
