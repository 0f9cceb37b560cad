-- How many sets of the dossier the applicant handed in (form 01 states it; Circular 03/2025
-- Appendix I, form 01). Null for dossiers received before it was recorded: one set.
alter table dossier add column sets smallint check (sets between 1 and 99);
