-- Files sent with a feedback (photos, documents): bytes on the file system, their SHA-256 here.
create table portal_feedback_attachment (
  id           uuid primary key,
  feedback_id  uuid         not null references portal_feedback (id) on delete cascade,
  file_name    varchar(255) not null,
  content_type varchar(120) not null,
  size_bytes   bigint       not null,
  sha256       char(64)     not null,
  storage_path varchar(300) not null
);
create index portal_feedback_attachment_idx on portal_feedback_attachment (feedback_id);
