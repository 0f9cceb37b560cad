-- Files of a dossier (scans at intake, supplements, results): bytes on the file system, their
-- SHA-256 here, so a file is never served from the wrong dossier nor silently corrupted.
create table dossier_attachment (
  id           uuid primary key,
  dossier_id   uuid         not null references dossier (id) on delete cascade,
  file_name    varchar(255) not null,
  content_type varchar(120) not null,
  size_bytes   bigint       not null,
  sha256       char(64)     not null,
  storage_path varchar(300) not null,
  uploaded_by  varchar(60)  not null,
  uploaded_at  timestamptz  not null
);
create index dossier_attachment_dossier_idx on dossier_attachment (dossier_id);
