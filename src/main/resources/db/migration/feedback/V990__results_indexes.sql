-- Survey results (feedback's results page, the impact dashboard) group answers by measure with their values: this
-- index holds every column those queries read, so they never visit the answers' rows (nor their comments).
create index feedback_answer_values_idx on feedback_answer (measure, response_id, area, number_value, choice);
-- Paired figures find a person's T0 answers from their end answers by programme and pairing hash.
create index feedback_response_pair_idx on feedback_response (program_id, pair_key, moment);
