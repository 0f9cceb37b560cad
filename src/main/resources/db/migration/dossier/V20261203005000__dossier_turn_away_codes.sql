-- The day's dossier-code sequence counts dossiers received (Circular 01/2018 Art. 19; the same since
-- 01/07/2025): a dossier turned away at the counter (incomplete or refused at reception) takes a
-- number of a sequence of its own, <agency>-YYMMDD-KXXXX, instead of one of the received.
alter table dossier_code_sequence add column kind char(1) not null default 'R';
alter table dossier_code_sequence drop constraint dossier_code_sequence_pkey;
alter table dossier_code_sequence add primary key (agency_id, day, kind);
