-- Who at a desk opened or took a document of a person's data store, for which dossier (Law
-- 91/2025/QH15 on Personal Data Protection Art. 4.1(a), in force from 1/1/2026: the data subject is told
-- of the processing of their personal data): the person sees it in «Kho dữ liệu của tôi», and the
-- audit log holds it.
create table citizen_document_access (
  id                  uuid         primary key,
  citizen_document_id uuid         not null references citizen_document (id),
  dossier_code        varchar(60)  not null,
  action              varchar(10)  not null check (action in ('VIEWED', 'TAKEN')),
  official            varchar(200) not null,
  unit_name           varchar(300),
  at                  timestamptz  not null
);
create index citizen_document_access_document_idx on citizen_document_access (citizen_document_id, at desc);
create trigger citizen_document_access_audit after insert or update or delete on citizen_document_access
  for each row execute function audit_row('dossier_code');
