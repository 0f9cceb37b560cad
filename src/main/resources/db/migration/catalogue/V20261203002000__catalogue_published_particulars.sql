-- The national database's particulars the catalogue lacked (issue 19): the steps of the procedure
-- (trình tự thực hiện), where each value comes from, and what could not be verified. A time limit
-- or fee the public sources do not state is left empty (null) rather than guessed: such a version
-- is shown with «chưa xác minh» and cannot be received until an administrator completes it.
alter table catalogue_procedure alter column time_limit drop not null;
alter table catalogue_procedure alter column time_unit drop not null;
alter table catalogue_procedure alter column fee_vnd drop not null;
alter table catalogue_procedure alter column fee_vnd drop default;
alter table catalogue_procedure add column filing_steps text;
alter table catalogue_procedure add column sources text;
alter table catalogue_procedure add column unverified text;
alter table catalogue_procedure add constraint catalogue_procedure_limit_with_unit
  check ((time_limit is null) = (time_unit is null));
