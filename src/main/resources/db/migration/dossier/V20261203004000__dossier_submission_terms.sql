-- Issue 19, the citizen: what an online submission is sent with — how the applicant will receive
-- the result (DESK, POST, ONLINE), when they ticked the commitment that what they declared is true,
-- and, for a procedure with an electronic declaration (birth registration), what they typed into it.
alter table dossier_submission
  add column result_delivery varchar(10),
  add column committed_at    timestamptz,
  add column declaration     jsonb;

-- The public lookup says where a returned result went: the submission a dossier came from.
create index dossier_submission_dossier_idx on dossier_submission (dossier_code) where dossier_code is not null;
