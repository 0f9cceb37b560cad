-- The desk finds the data store of a counter dossier's applicant by the personal identification
-- number an identity provider vouched for (Decree 59/2022 Art. 12; the store, Decree 45/2020 Art. 16).
create index identity_citizen_vouched_id_number_idx on identity_citizen (id_number) where vouched_by is not null;
