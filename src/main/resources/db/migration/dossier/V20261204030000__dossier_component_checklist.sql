-- The digitisation checklist (Decree 61/2018 Art. 17.1 as amended by Decree 107/2021; Circular
-- 01/2023 Art. 8): each required document of the procedure is a component of the dossier, scanned
-- (its files carry the component's position) or marked with the reason it is not.
alter table dossier add column required_components smallint;
comment on column dossier.required_components is
  'the procedure''s required documents at receipt; null for dossiers received before the checklist';
alter table dossier_attachment add column component smallint check (component between 1 and 99);

create table dossier_component_mark (
  dossier_id uuid        not null references dossier (id) on delete cascade,
  position   smallint    not null check (position between 1 and 99),
  reason     varchar(20) not null check (reason in ('ORIGINAL_SHOWN', 'ELECTRONIC_HELD', 'CONFIDENTIAL')),
  marked_by  varchar(100) not null,
  marked_at  timestamptz not null,
  primary key (dossier_id, position)
);
create trigger dossier_component_mark_audit after insert or update or delete on dossier_component_mark
  for each row execute function audit_row('dossier_id');

-- digitised: for a dossier received with the checklist, every component scanned or its data held
-- electronically; before it (or for a procedure without required documents), any file, as before.
create or replace view dossier_fact as
select d.id, d.code, d.procedure_code, d.procedure_name, d.agency_id, d.unit_id, d.channel, d.status,
       d.applicant_name, d.received_at, d.due_at, d.rescheduled_due_at, d.resolved_at, d.closed_at,
       d.timeliness, d.current_step,
       coalesce(d.resolved_at, d.closed_at) as ended_at,
       case when d.resolved_at is not null then d.resolved_at when d.status = 'REFUSED' then d.closed_at end as result_at,
       (select e.note from dossier_event e
         where e.dossier_id = d.id and e.action = 'APOLOGISE' order by e.id desc limit 1) as apology_note,
       (select count(*) from dossier_event e
         where e.dossier_id = d.id and e.action = 'REQUEST_SUPPLEMENT') as supplement_requests,
       case when coalesce(d.required_components, 0) = 0
            then exists (select 1 from dossier_attachment a where a.dossier_id = d.id)
            else (select count(*) from (
                    select a.component from dossier_attachment a
                     where a.dossier_id = d.id and a.component <= d.required_components
                    union
                    select m.position from dossier_component_mark m
                     where m.dossier_id = d.id and m.reason = 'ELECTRONIC_HELD' and m.position <= d.required_components) c)
                 = d.required_components
       end as digitised,
       (select r.score from dossier_rating r where r.dossier_id = d.id) as rating,
       d.desk_unit_id
  from dossier d
 where d.status <> 'NOT_RECEIVED';
