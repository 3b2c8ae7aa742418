-- Load-test dataset, set-based (one INSERT ... SELECT per table), for PostgreSQL:
--   psql -v employees=100000 -v pairs=20000 -v sessions=500000 -v accounts=2000 -f bench/load/generate.sql DBURL
-- Run it once on a database the application has created (Flyway) and loaded with the demo company: the generated
-- employees (GEN000001...), pairs and sessions join the demo's running programme, and the first :accounts mentors
-- (gen1, gen2, ...) get an account with the demo password, so that the load test signs them in. Pair k is mentor
-- GEN(2k-1) with mentee GEN(2k); its sessions are spread over the last months (held, half of them logged), and it has
-- three objectives.
\set ON_ERROR_STOP on
\timing on
begin;
select id as program from program where status = 'RUNNING' order by id limit 1 \gset
select coalesce(max(id), 0) as pair_base from mentorship \gset
select coalesce(max(id), 0) as session_base from mentorship_session \gset

insert into person (employee_number, first_name, last_name, email, department, site, job_title, hire_date,
                    career_start_year, languages, birth_year, status, last_name_key, first_name_key, email_key)
select 'GEN' || lpad(g::text, 6, '0'),
       (array['Alice','Bruno','Chloé','David','Emma','Farid','Gaëlle','Hugo','Inès','Jules'])[1 + g % 10],
       'Généré' || g,
       'gen' || g || '@example.com',
       'Département ' || (g % 40),
       (array['Paris','Lyon','Lille','Nantes','Bordeaux'])[1 + g % 5],
       'Poste ' || (g % 25),
       date '2005-01-01' + (g % 7000),
       1985 + g % 35,
       'fr',
       1960 + g % 40,
       'ACTIVE',
       'genere' || g,
       lower(translate((array['Alice','Bruno','Chloé','David','Emma','Farid','Gaëlle','Hugo','Inès','Jules'])[1 + g % 10],
                       'éëè', 'eee')),
       'gen' || g || '@example.com'
  from generate_series(1, :employees) g;

insert into program_application (program_id, employee_number, role, status, meeting_mode, consent_version,
                                 consent_text, consented_at, charter_version, charter_accepted_at, submitted_at,
                                 updated_at)
select :program, 'GEN' || lpad(g::text, 6, '0'), case when g % 2 = 1 then 'MENTOR' else 'MENTEE' end, 'ACCEPTED',
       'BOTH', 'generated', 'generated', now() - interval '120 days', 1, now() - interval '120 days',
       now() - interval '120 days', now() - interval '120 days'
  from generate_series(1, 2 * :pairs) g;

insert into mentorship (id, program_id, status, created_at, started_on, version)
select :pair_base + k, :program, 'ACTIVE', now() - interval '100 days', current_date - 100, 0
  from generate_series(1, :pairs) k;
select setval(pg_get_serial_sequence('mentorship', 'id'), (select max(id) from mentorship));

insert into mentorship_member (mentorship, mentorship_key, employee_number, member_role, charter_version,
                               charter_accepted_at)
select :pair_base + k, r, 'GEN' || lpad((2 * k - 1 + r)::text, 6, '0'), case r when 0 then 'MENTOR' else 'MENTEE' end,
       1, now() - interval '99 days'
  from generate_series(1, :pairs) k cross join generate_series(0, 1) r;

insert into mentorship_session (id, mentorship_id, ical_uid, starts_at, duration_minutes, meeting_format, status,
                                planned_by, covered, logged_by, logged_at, version)
select :session_base + s, :pair_base + 1 + (s % :pairs), 'gen-' || s || '@load.binome',
       now() - ((1 + (s / :pairs) * 3) || ' days')::interval, 60, 'REMOTE', 'PLANNED',
       'GEN' || lpad((2 * (1 + s % :pairs) - 1)::text, 6, '0'),
       case when s % 2 = 0 then 'Séance générée' end,
       case when s % 2 = 0 then 'GEN' || lpad((2 * (1 + s % :pairs) - 1)::text, 6, '0') end,
       case when s % 2 = 0 then now() - ((s / :pairs) * 3 || ' days')::interval end,
       0
  from generate_series(1, :sessions) s;
select setval(pg_get_serial_sequence('mentorship_session', 'id'), (select max(id) from mentorship_session));

insert into mentorship_session_member (mentorship_session, employee_number, attended, rating)
select :session_base + s, 'GEN' || lpad((2 * (1 + s % :pairs) - 1 + r)::text, 6, '0'), true,
       case when s % 2 = 0 then 4 end
  from generate_series(1, :sessions) s cross join generate_series(0, 1) r;

-- three shared objectives a pair (a real pair sets some in its first sessions): one reached, one in progress, one not
-- started, so that the pair page and the pairs' health read and count objectives as they do for a real company
insert into mentorship_objective (mentorship_id, title, measure, target_date, progress, progress_comment, created_by,
                                  created_at, version)
select :pair_base + k,
       (array['Publier un premier post', 'Animer une réunion hybride', 'Préparer un atelier avec une IA'])[1 + o],
       'Mesure ' || o, current_date + 30 * o, (array['REACHED', 'IN_PROGRESS', 'NOT_STARTED'])[1 + o],
       case when o = 1 then 'En cours' end, 'GEN' || lpad((2 * k - 1)::text, 6, '0'), now() - interval '90 days', 0
  from generate_series(1, :pairs) k cross join generate_series(0, 2) o;

insert into user_account (username, display_name, email, password_hash, roles, locale, employee_number, created_at,
                          email_key, employee_key, status)
select 'gen' || k, 'Généré ' || k, 'gen' || (2 * k - 1) || '@example.com',
       (select password_hash from user_account where username = 'mentore'),
       (select roles from user_account where username = 'mentore'), 'fr',
       'GEN' || lpad((2 * k - 1)::text, 6, '0'), now(), 'gen' || (2 * k - 1) || '@example.com',
       'gen' || lpad((2 * k - 1)::text, 6, '0'), 'ACTIVE'
  from generate_series(1, least(:accounts, :pairs)) k;
commit;
analyze;
select (select count(*) from person) as people, (select count(*) from mentorship) as pairs,
       (select count(*) from mentorship_session) as sessions,
       (select count(*) from mentorship_objective) as objectives, (select count(*) from user_account) as accounts;
