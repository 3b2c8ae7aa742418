-- The survey results' cache stamp: changed with every new answer, so that every node reloads its cached counters.
insert into feedback_setting (name, setting_value) values ('results-stamp', 'initial');
-- Pairing a person's end answers with their T0 answers (results): found by programme, pairing hash and moment.
create index feedback_response_pair_idx on feedback_response (program_id, pair_key, moment);
