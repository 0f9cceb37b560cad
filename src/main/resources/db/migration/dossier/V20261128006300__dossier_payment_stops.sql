-- A clock stop is either a supplement request (restarts or pauses by rule version) or a wait for
-- the applicant's financial obligation (always a pause: that time is never the office's).
alter table dossier_clock_stop add column kind varchar(20) not null default 'SUPPLEMENT';
