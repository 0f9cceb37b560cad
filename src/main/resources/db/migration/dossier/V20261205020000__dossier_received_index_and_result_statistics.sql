-- The drill-down lists the dossiers behind a figure newest receipt first, fifty a page. For a
-- province or a district it read every dossier of the figure before sorting out the first fifty:
-- dossier_unit_received_idx leads with the unit, so across many units it gives no order. Measured on
-- 5,000,000 dossiers (200 units), the province's 2024: received 1,300 ms (a table scan), resolved
-- 1,033 ms, late 398 ms; a district's 2024: received 262 ms, resolved 337 ms.
-- With an index on the receipt alone, PostgreSQL walks it backwards and stops after a page: the same
-- questions take 0.2, 0.3, 2.1, 0.3 and 1.4 ms. A commune keeps its own index (unit, receipt).
-- The officials' dossier lists of a district or the province (newest first) are read the same way
-- (at 1,000,000: a district's first page 182 -> 0.4 ms, the province's 484 -> 0.2 ms); they also
-- list dossiers not yet received, so the index keeps every dossier.
-- Every update of a dossier writes one more index entry; whole lifecycles (receive to return, 8 threads,
-- four runs each way) did 91-103 a second with it and 88-111 without, the same within the noise.
create index dossier_received_idx on dossier (received_at);

-- The planner keeps no statistics for an expression of a partial index, so it guessed that a
-- period's results («resolved in 2025», the view's result_at) are half a percent of the dossiers
-- (a third at 5,000,000) and read them all through dossier_unit_result_idx: the province's on-time
-- results of 2025 took 300 ms instead of 2. The expression is the view's result_at, written the same way.
create statistics dossier_result_at_stats
 on ((case when resolved_at is not null then resolved_at when status = 'REFUSED' then closed_at end)) from dossier;

-- Gathered now where the table already has its statistics (an existing database); a new one gets them
-- from autovacuum once the dossiers come, as before (an empty table analysed would mislead the planner
-- until then).
do $$
begin
  if (select reltuples from pg_class where oid = 'dossier'::regclass) > 0 then
    analyze dossier;
  end if;
end $$;
