-- Administrative procedures (thủ tục hành chính) with the national database's fields, versioned
-- by effective date: a code has at most one version in force on any day.
create table catalogue_procedure (
  id               uuid primary key,
  code             varchar(30)  not null,
  name             varchar(500) not null,
  field            varchar(200) not null,
  level            varchar(20)  not null,
  effective_from   date         not null,
  effective_to     date,
  time_limit       int          not null check (time_limit >= 0),
  time_unit        varchar(20)  not null,
  fee_vnd          bigint       not null default 0 check (fee_vnd >= 0),
  fee_note         text,
  online_level     varchar(20)  not null,
  applicants       text,
  competent_agency text,
  result           text,
  conditions       text,
  legal_basis      text,
  version          bigint       not null,
  constraint catalogue_procedure_one_version_a_day
    exclude using gist (code with =, daterange(effective_from, effective_to, '[]') with &&)
);
create index catalogue_procedure_code_idx on catalogue_procedure (code);

-- Documents the applicant brings, with the number of copies in each form.
create table catalogue_required_document (
  procedure_id     uuid not null references catalogue_procedure (id) on delete cascade,
  position         int  not null,
  name             text not null,
  originals        int  not null default 0,
  certified_copies int  not null default 0,
  photocopies      int  not null default 0,
  sample_form      text,
  primary key (procedure_id, position)
);

-- The internal process (quy trình nội bộ): ordered steps, who acts, and each step's share of the
-- time limit in working hours.
create table catalogue_process_step (
  procedure_id uuid not null references catalogue_procedure (id) on delete cascade,
  position     int  not null,
  name         text not null,
  role         varchar(30) not null,
  share_hours  numeric(7, 2) not null check (share_hours > 0),
  inter_agency boolean not null default false,
  primary key (procedure_id, position)
);
