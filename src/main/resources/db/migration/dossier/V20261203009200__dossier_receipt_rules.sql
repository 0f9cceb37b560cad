-- The procedure's rules on when a dossier counts as received, as they were at receipt: the
-- deadline is counted again under them after every clock stop.
alter table dossier add column receipt_rules varchar(40)[] not null default '{}';
