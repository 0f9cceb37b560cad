-- Plans and tasks (kế hoạch, nhiệm vụ): a unit's plans, its meetings' conclusions and directives
-- from above, and the tasks they assign, chased to the end.

-- A plan (the yearly administrative-reform plan and others); each amendment keeps the version
-- before it whole in planning_plan_version.
create table planning_plan (
  id           uuid primary key,
  unit_id      uuid          not null,
  year         int           not null,
  kind         varchar(20)   not null check (kind in ('PAR', 'OTHER')),
  number       varchar(60),
  issued_on    date,
  title        varchar(500)  not null,
  legal_basis  text,
  goals        text,
  version      int           not null default 1,
  created_by   varchar(100)  not null,
  created_at   timestamptz   not null,
  updated_by   varchar(100),
  updated_at   timestamptz
);
create index planning_plan_unit_idx on planning_plan (unit_id, year);

create table planning_plan_version (
  plan_id     uuid          not null references planning_plan (id) on delete cascade,
  version     int           not null,
  snapshot    jsonb         not null,
  reason      text          not null,
  changed_by  varchar(100)  not null,
  changed_at  timestamptz   not null,
  primary key (plan_id, version)
);

-- A meeting (its conclusions assign tasks) or a directive from above (a document number and date).
create table planning_meeting (
  id            uuid primary key,
  unit_id       uuid          not null,
  kind          varchar(20)   not null check (kind in ('MEETING', 'DIRECTIVE')),
  held_on       date          not null,
  title         varchar(500)  not null,
  chair         varchar(200),
  participants  text,
  content       text,
  reference     varchar(100),
  created_by    varchar(100)  not null,
  created_at    timestamptz   not null
);
create index planning_meeting_unit_idx on planning_meeting (unit_id, held_on);

create table planning_conclusion (
  id          uuid primary key,
  meeting_id  uuid  not null references planning_meeting (id) on delete cascade,
  ordinal     int   not null,
  content     text  not null,
  unique (meeting_id, ordinal)
);

-- A task: one lead unit (optionally a department of it and an official), supporting units, the
-- deadline in force and the original one (the on-time figures' own), where it stands.
create table planning_task (
  id                uuid primary key,
  source_kind       varchar(20)   not null check (source_kind in ('PLAN', 'MEETING', 'DIRECTIVE', 'OTHER')),
  plan_id           uuid references planning_plan (id),
  conclusion_id     uuid references planning_conclusion (id),
  source_reference  varchar(300),
  title             varchar(1000) not null,
  output            varchar(500),
  lead_unit_id      uuid          not null,
  lead_agency_id    uuid,
  lead_official     varchar(100),
  support_unit_ids  uuid[]        not null default '{}',
  assigner_unit_id  uuid          not null,
  assigned_by       varchar(100)  not null,
  assigned_at       timestamptz   not null,
  working_days      int,
  original_due      date          not null,
  due_date          date          not null,
  status            varchar(20)   not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE', 'ACCEPTED', 'CANCELLED')),
  percent           int           not null default 0 check (percent between 0 and 100),
  done_on           date,
  requested_due     date,
  closed_at         timestamptz,
  version           int           not null default 0,
  check (due_date >= original_due)
);
create index planning_task_lead_idx on planning_task (lead_unit_id, status);
create index planning_task_assigner_idx on planning_task (assigner_unit_id);
create index planning_task_open_due_idx on planning_task (due_date) where status in ('NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE');
create index planning_task_support_idx on planning_task using gin (support_unit_ids);

-- Everything that happened to a task, who and when: its history.
create table planning_task_event (
  id             bigserial primary key,
  task_id        uuid          not null references planning_task (id) on delete cascade,
  kind           varchar(30)   not null,
  percent        int,
  note           text,
  requested_due  date,
  actor          varchar(100)  not null,
  at             timestamptz   not null
);
create index planning_task_event_task_idx on planning_task_event (task_id, id);

-- Evidence files of a task's progress.
create table planning_task_file (
  id            uuid primary key,
  task_id       uuid          not null references planning_task (id) on delete cascade,
  event_id      bigint references planning_task_event (id),
  file_name     varchar(255)  not null,
  content_type  varchar(100)  not null,
  size_bytes    bigint        not null,
  sha256        varchar(64)   not null,
  storage_path  varchar(500)  not null,
  uploaded_by   varchar(100)  not null,
  uploaded_at   timestamptz   not null
);
create index planning_task_file_task_idx on planning_task_file (task_id);
