-- An agency may have its own internal process for a procedure (the province publishes one per
-- agency); rows without agency_id are the procedure's default process.
alter table catalogue_process_step drop constraint catalogue_process_step_pkey;
alter table catalogue_process_step add column agency_id uuid;
create unique index catalogue_process_step_uq
  on catalogue_process_step (procedure_id, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid), position);
