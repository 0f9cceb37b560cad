-- Periodic reports (báo cáo định kỳ): a schedule per report type and issuer, with the units that
-- must send it; each period opens a report per unit, sent on time, late or not at all.
create table planning_report_schedule (
  id                uuid primary key,
  issuer_unit_id    uuid          not null,
  title             varchar(300)  not null,
  frequency         varchar(20)   not null check (frequency in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
  due_day           int           not null check (due_day between 1 and 31),
  due_months_after  int           not null default 0 check (due_months_after between 0 and 3),
  first_period      varchar(10)   not null,
  unit_ids          uuid[]        not null,
  legal_basis       varchar(300),
  created_by        varchar(100)  not null,
  created_at        timestamptz   not null
);

create table planning_report (
  id            uuid primary key,
  schedule_id   uuid          not null references planning_report_schedule (id) on delete cascade,
  period        varchar(10)   not null,
  unit_id       uuid          not null,
  due_date      date          not null,
  body          text,
  submitted_at  timestamptz,
  submitted_by  varchar(100),
  submitted_on  date,
  unique (schedule_id, period, unit_id)
);
create index planning_report_unit_idx on planning_report (unit_id, due_date);
create index planning_report_period_idx on planning_report (period, due_date);
