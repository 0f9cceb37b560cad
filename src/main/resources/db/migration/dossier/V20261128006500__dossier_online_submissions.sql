-- Online submissions (nộp trực tuyến): a citizen's draft, saved step by step, then submitted to
-- the one-stop desk, which receives it (a dossier with its code), asks for a supplement or refuses
-- it — each outcome a dossier with its form, like an intake at the counter.
create table dossier_submission (
  id                uuid primary key,
  citizen_id        uuid         not null,
  citizen_contact   varchar(120) not null,
  procedure_code    varchar(30)  not null,
  procedure_name    varchar(500) not null,
  agency_code       varchar(40)  not null,
  agency_name       varchar(300) not null,
  unit_id           uuid         not null,
  applicant_name    varchar(200),
  applicant_id_number varchar(20),
  applicant_phone   varchar(20),
  applicant_email   varchar(120),
  applicant_address varchar(300),
  status            varchar(20)  not null,
  created_at        timestamptz  not null,
  submitted_at      timestamptz,
  dossier_code      varchar(60),
  version           bigint       not null
);
create index dossier_submission_citizen_idx on dossier_submission (citizen_id, created_at desc);
create index dossier_submission_queue_idx on dossier_submission (unit_id, submitted_at) where status = 'SUBMITTED';

-- The files of a submission, by required document (position in the procedure's list).
create table dossier_submission_file (
  id            uuid primary key,
  submission_id uuid         not null references dossier_submission (id) on delete cascade,
  document      int          not null,
  file_name     varchar(255) not null,
  content_type  varchar(120) not null,
  size_bytes    bigint       not null,
  sha256        char(64)     not null,
  storage_path  varchar(300) not null,
  uploaded_at   timestamptz  not null
);
create index dossier_submission_file_idx on dossier_submission_file (submission_id);

-- The citizen account a dossier belongs to (online submissions), for «my dossiers».
alter table dossier add column citizen_id uuid;
create index dossier_citizen_idx on dossier (citizen_id) where citizen_id is not null;

-- Satisfaction with a returned dossier: once, 1 (very dissatisfied) to 5 (very satisfied).
create table dossier_rating (
  dossier_id uuid primary key references dossier (id) on delete cascade,
  score      int  not null check (score between 1 and 5),
  comment    text,
  rated_at   timestamptz not null,
  channel    varchar(20) not null
);
