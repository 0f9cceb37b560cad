-- Receiving regardless of administrative boundary (Decree 118/2025/NĐ-CP Art. 7, 14): a commune's or
-- the province's Public Administration Service Centre receives a dossier for another commune or a
-- provincial department. The dossier's agency and unit are the competent ones (who resolve it);
-- the desk that received it, issued the receipt and returns the result is kept here, null when
-- they are the same, with the moment the paper set must reach the competent agency (Decree
-- 61/2018/NĐ-CP Art. 18: the same day, or the next working morning when received after 15:00).
alter table dossier add column desk_agency_id uuid, add column desk_agency_code varchar(40),
  add column desk_unit_id uuid, add column paper_due_at timestamptz;
create index dossier_desk_unit_idx on dossier (desk_unit_id) where desk_unit_id is not null;
