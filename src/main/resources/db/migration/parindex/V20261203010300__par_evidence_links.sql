-- A unit's leaf linked to one of its own records in MotCua (a plan, a task it led, a report it sent)
-- as evidence; the label is kept as it read when linked.
create table par_evidence_link (
  id         uuid primary key,
  set_id     uuid          not null references par_set (id) on delete cascade,
  unit_id    uuid          not null,
  code       varchar(20)   not null,
  kind       varchar(10)   not null check (kind in ('PLAN', 'TASK', 'REPORT')),
  record_id  uuid          not null,
  label      varchar(1200) not null,
  path       varchar(200)  not null,
  linked_by  varchar(100)  not null,
  linked_at  timestamptz   not null,
  unique (set_id, unit_id, code, kind, record_id)
);
