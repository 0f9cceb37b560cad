-- Evidence a unit attaches to a leaf of its self-assessment (files through shared.Uploads).
create table par_evidence (
  id            uuid primary key,
  set_id        uuid         not null,
  unit_id       uuid         not null,
  code          varchar(30)  not null,
  file_name     varchar(255) not null,
  content_type  varchar(100) not null,
  size_bytes    bigint       not null,
  sha256        char(64)     not null,
  storage_path  varchar(200) not null,
  uploaded_by   varchar(100) not null,
  uploaded_at   timestamptz  not null,
  foreign key (set_id, unit_id) references par_assessment (set_id, unit_id) on delete cascade
);
create index par_evidence_unit_idx on par_evidence (set_id, unit_id, code);
