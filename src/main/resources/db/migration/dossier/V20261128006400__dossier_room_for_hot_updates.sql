-- A dossier row and its steps are updated at every transition. Leaving a fifth of each page free
-- lets PostgreSQL update them in place (heap-only tuples), without a new entry in every index.
alter table dossier set (fillfactor = 80);
alter table dossier_step set (fillfactor = 80);

