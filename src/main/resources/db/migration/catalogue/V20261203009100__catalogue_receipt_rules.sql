-- When a dossier of the procedure counts as received (vn.motcua.calendar.ReceiptRule, RULES.md §4):
-- the 15:00 cut-off of civil status and certification, the online after-hours and last-hour rules.
-- Until now a unit-wide setting; the seeded «same day» procedures all carry the 15:00 cut-off.
alter table catalogue_procedure add column receipt_rules varchar(40)[] not null default '{}';
update catalogue_procedure set receipt_rules = '{AFTER_15H_NEXT_DAY}' where time_unit = 'SAME_DAY';
