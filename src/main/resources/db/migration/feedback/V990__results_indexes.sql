-- Survey results (feedback's results page, the impact dashboard) group answers by measure with their values: this
-- index holds every column those queries read, so they never visit the answers' rows (nor their comments).
create index feedback_answer_values_idx on feedback_answer (measure, response_id, area, number_value, choice);
-- (Pairing a person's T0 and end answers uses feedback_response_pair_idx, created by V902.)
