-- The desk's search (DossierSearch): a fragment of the dossier's code, of the applicant's name without
-- diacritics, or of the digits of their phone, anywhere in the text. Without an index every search read
-- each dossier of the official's scope: the province's at 5,000,000 dossiers took 3.3 s to count the
-- matches and 3.7 s for their first page; with these trigram indexes (pg_trgm, installed by the
-- platform's first migration) 30-130 ms each.
--
-- unaccent() is only stable (its dictionary could change), so an index cannot use it directly: the
-- name is folded by an immutable function that names its dictionary. A changed unaccent dictionary
-- would need `reindex index dossier_applicant_name_trgm_idx`. Java's TextFolding folds the text typed.
create function dossier_folded(text) returns text
  language sql immutable strict parallel safe
  as $$ select public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

create index dossier_code_trgm_idx on dossier using gin (upper(code) gin_trgm_ops);
create index dossier_applicant_name_trgm_idx on dossier using gin (dossier_folded(applicant_name) gin_trgm_ops);
create index dossier_applicant_phone_trgm_idx on dossier
  using gin (regexp_replace(coalesce(applicant_phone, ''), '[^0-9]', '', 'g') gin_trgm_ops);
