-- The 15:00 cut-off and the online last hour are rules of a procedure, with their legal basis
-- (catalogue_procedure.receipt_rules), not settings of a unit (RULES.md §4).
alter table calendar_unit_hours
  drop column same_day_cutoff,
  drop column online_near_closing_minutes;
