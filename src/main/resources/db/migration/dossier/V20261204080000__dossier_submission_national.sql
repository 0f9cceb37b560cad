-- A submission filed on the National Public Service Portal carries that portal's dossier code:
-- a filing delivered twice is one submission, and the statuses sent back name it.
alter table dossier_submission add column national_code varchar(60) unique;
