-- The desk (issue 19): what was handed in at the counter, the result-delivery choice, and files
-- marked by what they are (a scan of a handed-in document, the draft result, the result).

-- The documents actually handed in, per required document of the procedure: how many originals
-- and copies (printed on form 01). The name is copied: the catalogue may change later.
create table dossier_handed_document (
  dossier_id uuid not null references dossier (id) on delete cascade,
  position   int  not null,
  name       text not null,
  originals  int  not null check (originals >= 0),
  copies     int  not null check (copies >= 0),
  primary key (dossier_id, position)
);

-- How the applicant wants the result: at the desk, by post, online.
alter table dossier add column result_delivery varchar(10) not null default 'DESK';

-- What a file is: SCAN (of a handed-in document, named in document_name), DRAFT_RESULT, RESULT;
-- null for any other file (older files, supplements).
alter table dossier_attachment add column kind varchar(20);
alter table dossier_attachment add column document_name text;

-- The desk searches by ID number and lists «my work» by due moment.
create index dossier_applicant_id_number_idx on dossier (applicant_id_number);
