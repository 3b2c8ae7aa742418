-- A pair ended early with a new pair offered gives its members back to matching (its proposal becomes ENDED). Pairs
-- that ended so before this rule existed kept their proposal ACCEPTED, which held their members out of every later
-- run: give them back too. Mentorships owns the fact; matching's table is written here as its facade would.
update matching_proposal set status = 'ENDED'
 where status = 'ACCEPTED'
   and id in (select proposal_id from mentorship
               where status = 'ENDED_EARLY' and rematch_offered = true and proposal_id is not null);
