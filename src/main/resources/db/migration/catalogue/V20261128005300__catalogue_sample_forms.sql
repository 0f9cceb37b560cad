-- The sample form (mẫu đơn, tờ khai) of a required document, by procedure code and document
-- position, for the public to download: bytes on the file system, their SHA-256 here.
create table catalogue_sample_form (
  procedure_code varchar(30)  not null,
  position       int          not null,
  file_name      varchar(255) not null,
  content_type   varchar(120) not null,
  size_bytes     bigint       not null,
  sha256         char(64)     not null,
  storage_path   varchar(300) not null,
  uploaded_by    varchar(60)  not null,
  uploaded_at    timestamptz  not null,
  primary key (procedure_code, position)
);
