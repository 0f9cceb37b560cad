-- The dossier module's read contract for statistics: monitoring reads these views, never the
-- tables behind them, so the tables may change as long as the views keep their columns.

-- Every dossier that was received (not those turned away at the counter), with what the
-- statistics need. Columns nobody selects cost nothing: PostgreSQL drops them when it inlines the view.
create view dossier_fact as
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
       (select r.score from dossier_rating r where r.dossier_id = d.id) as rating
  from dossier d
 where d.status <> 'NOT_RECEIVED';

-- «Open at moment t» (pending: received, no result, not closed) is a stabbing query on this range:
-- it touches only the dossiers open at t, a few thousand among millions.
create index dossier_open_interval_idx on dossier
 using gist (tstzrange(received_at, coalesce(resolved_at, closed_at)))
 where status <> 'NOT_RECEIVED';

-- Drill-down lists: the dossiers of a unit received in a period.
create index dossier_unit_received_idx on dossier (unit_id, received_at);

-- The internal steps with their dossier, for reminders and the per-official indicators.
create view dossier_step_fact as
select s.dossier_id, d.code, d.procedure_name, d.unit_id, d.status, d.closed_at, d.current_step,
       s.position, s.name, s.role, s.acting_unit_id, s.assignee, s.due_at, s.started_at,
       s.completed_at, s.completed_by, s.timeliness
  from dossier_step s
  join dossier d on d.id = s.dossier_id
 where d.status <> 'NOT_RECEIVED';

-- When dossiers waited on their applicant (supplement, fees): a dossier is not overdue then.
create view dossier_clock_stop_fact as
select dossier_id, seq, kind, stopped_at, resumed_at from dossier_clock_stop;

-- A refusal after appraisal now records its timeliness, judged against the original appointment like
-- a result (the dossier aggregate does it); refusals made before this release get it here.
update dossier set timeliness = case
    when due_at is null then 'ON_TIME'
    when closed_at > due_at then 'LATE'
    when (closed_at at time zone 'Asia/Ho_Chi_Minh')::date < (due_at at time zone 'Asia/Ho_Chi_Minh')::date then 'EARLY'
    else 'ON_TIME' end
 where status = 'REFUSED' and timeliness is null;
