-- The unit of the agency that acts on an inter-agency step: its officials see the dossier and
-- complete that step.
alter table dossier_step add column acting_unit_id uuid;
create index dossier_step_acting_unit_idx on dossier_step (acting_unit_id) where acting_unit_id is not null;
