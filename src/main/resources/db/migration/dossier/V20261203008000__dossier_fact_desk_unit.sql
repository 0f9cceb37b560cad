-- The statistics' view of dossiers gains the unit of the desk that received a dossier for another
-- agency (Decree 118/2025 Art. 7, 14), null when the competent agency received it itself: the desk's
-- figures count what it received for others; everything else counts for the competent agency.
create or replace view dossier_fact as
select d.id, d.code, d.procedure_code, d.procedure_name, d.agency_id, d.unit_id, d.channel, d.status,
       d.applicant_name, d.received_at, d.due_at, d.rescheduled_due_at, d.resolved_at, d.closed_at,
       d.timeliness, d.current_step,
       coalesce(d.resolved_at, d.closed_at) as ended_at,
       -- when it got its result: resolved, or refused after appraisal (a refusal is a result, judged on time or late)
       case when d.resolved_at is not null then d.resolved_at when d.status = 'REFUSED' then d.closed_at end as result_at,
       (select e.note from dossier_event e
         where e.dossier_id = d.id and e.action = 'APOLOGISE' order by e.id desc limit 1) as apology_note,
       (select count(*) from dossier_event e
         where e.dossier_id = d.id and e.action = 'REQUEST_SUPPLEMENT') as supplement_requests,
       exists (select 1 from dossier_attachment a where a.dossier_id = d.id) as digitised,
       (select r.score from dossier_rating r where r.dossier_id = d.id) as rating,
       d.desk_unit_id
  from dossier d
 where d.status <> 'NOT_RECEIVED';
