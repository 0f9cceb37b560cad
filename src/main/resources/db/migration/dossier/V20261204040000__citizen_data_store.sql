-- The citizen's data store (kho quản lý dữ liệu điện tử, Decree 45/2020 Art. 16;
-- Decree 61/2018 Art. 17.1 as amended by Decree 107/2021): an account keeps the documents the desk digitised from
-- its dossiers and their signed results, each pointing at the dossier file it was kept from, and a
-- later online submission reuses one instead of uploading it again.
create table citizen_document (
  id            uuid         primary key,
  citizen_id    uuid         not null,
  document_name varchar(500) not null,
  kind          varchar(10)  not null check (kind in ('SCAN', 'RESULT')),
  attachment_id uuid         not null references dossier_attachment (id),
  dossier_code  varchar(60)  not null,
  valid_until   date,
  stored_at     timestamptz  not null,
  unique (citizen_id, attachment_id)
);
create index citizen_document_citizen_idx on citizen_document (citizen_id, stored_at desc);
create trigger citizen_document_audit after insert or update or delete on citizen_document
  for each row execute function audit_row('citizen_id');

-- a draft's file or a dossier's scan taken from the store: its bytes are the stored document's
alter table dossier_submission_file add column stored_document uuid references citizen_document (id);
alter table dossier_attachment add column stored_document uuid references citizen_document (id);
