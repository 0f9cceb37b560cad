-- Dossiers (hồ sơ). procedure_id, agency_id and unit_id point into other modules by id only;
-- the procedure's code and name are copied so the register reads without them.
create table dossier (
  id                 uuid primary key,
  code               varchar(60)  not null unique,
  procedure_id       uuid         not null,
  procedure_code     varchar(30)  not null,
  procedure_name     varchar(500) not null,
  agency_id          uuid         not null,
  agency_code        varchar(40)  not null,
  unit_id            uuid         not null,
  channel            varchar(10)  not null,
  applicant_name     varchar(200) not null,
  applicant_id_number varchar(20),
  applicant_phone    varchar(20),
  applicant_email    varchar(120),
  applicant_address  varchar(300),
  status             varchar(30)  not null,
  received_at        timestamptz  not null,
  count_from         timestamptz  not null,
  due_at             timestamptz,
  rescheduled_due_at timestamptz,
  time_limit         int          not null,
  time_unit          varchar(20)  not null,
  rule_version       varchar(30)  not null,
  clock_stop_mode    varchar(10)  not null,
  current_step       int,
  resolved_at        timestamptz,
  timeliness         varchar(20),
  closed_at          timestamptz,
  lookup_secret      varchar(12)  not null,
  received_by        varchar(60)  not null,
  version            bigint       not null
);
create index dossier_unit_status_idx on dossier (unit_id, status);
create index dossier_agency_received_idx on dossier (agency_id, received_at);
create index dossier_open_due_idx on dossier (due_at) where closed_at is null;

-- The dossier's copy of the internal process, with each step's due moment.
create table dossier_step (
  dossier_id   uuid not null references dossier (id) on delete cascade,
  position     int  not null,
  name         text not null,
  role         varchar(30) not null,
  share_hours  numeric(7, 2) not null,
  due_at       timestamptz,
  assignee     varchar(60),
  started_at   timestamptz,
  completed_at timestamptz,
  completed_by varchar(60),
  timeliness   varchar(20),
  primary key (dossier_id, position)
);

-- Clock stops: from a supplement request until the complete dossier came back.
create table dossier_clock_stop (
  dossier_id uuid not null references dossier (id) on delete cascade,
  seq        int  not null,
  stopped_at timestamptz not null,
  resumed_at timestamptz,
  primary key (dossier_id, seq)
);

-- The process control sheet: every transition with actor, unit, time and note.
create table dossier_event (
  id            bigint generated always as identity primary key,
  dossier_id    uuid not null references dossier (id) on delete cascade,
  at            timestamptz not null,
  action        varchar(30) not null,
  actor         varchar(60) not null,
  actor_unit_id uuid,
  from_status   varchar(30),
  to_status     varchar(30) not null,
  note          text
);
create index dossier_event_dossier_idx on dossier_event (dossier_id, id);

-- Daily per-agency sequence of dossier codes (<agency>-YYMMDD-XXXX). Incremented inside the
-- intake transaction: the row lock serialises counters of one agency, a rollback returns the number.
create table dossier_code_sequence (
  agency_id  uuid not null,
  day        date not null,
  last_value int  not null,
  primary key (agency_id, day)
);
