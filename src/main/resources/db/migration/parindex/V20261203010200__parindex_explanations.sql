-- The committee may ask a unit to explain leaves of its assessment, once, with a deadline; the
-- unit answers by then (even after submitting).
alter table par_assessment
  add column explanation_due date,
  add column explanation_asked_by varchar(100);
alter table par_score
  add column question text,
  add column answer   text;
