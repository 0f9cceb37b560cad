-- Issue 17: the audit log. Every change to the audited tables is written, in the changing
-- transaction, by a trigger: who (the application's motcua.actor, set per connection), from where
-- (motcua.address), when, which table and row, what changed. Entries are append-only; the sealer
-- chains them by hash in audit_seal (tamper-evident), also append-only.
create table audit_entry (
  id       bigint generated always as identity primary key,
  at       timestamptz  not null default clock_timestamp(),
  actor    varchar(160) not null,
  address  varchar(64),
  action   varchar(80)  not null,
  subject  varchar(300),
  details  text
);
create index audit_entry_at_idx on audit_entry (at);
create index audit_entry_actor_idx on audit_entry (actor, at);

create table audit_seal (
  seq       bigint primary key,
  entry_id  bigint   not null unique references audit_entry (id),
  prev_hash char(64) not null,
  hash      char(64) not null
);

create function audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit log is append-only (% on %)', tg_op, tg_table_name using errcode = '42501';
end $$;
create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function audit_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_append_only();
create trigger audit_seal_append_only before update or delete on audit_seal
  for each row execute function audit_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
  for each statement execute function audit_append_only();

-- tg_argv[0]: the column naming the row (the subject); the others: columns never copied (secrets,
-- personal data, bulky documents)
create function audit_row() returns trigger language plpgsql as $$
declare
  before_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  after_row  jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  changed    jsonb;
  i          int;
begin
  if tg_op = 'UPDATE' then
    select jsonb_object_agg(key, value) into changed from jsonb_each(after_row)
      where before_row -> key is distinct from value;
    if changed is null then
      return null;
    end if;
  else
    changed := coalesce(after_row, before_row);
  end if;
  for i in 1 .. tg_nargs - 1 loop
    changed := changed - tg_argv[i];
  end loop;
  insert into audit_entry (actor, address, action, subject, details)
  values (coalesce(nullif(current_setting('motcua.actor', true), ''), 'system'),
          nullif(current_setting('motcua.address', true), ''),
          lower(tg_op) || ' ' || tg_table_name,
          coalesce(after_row, before_row) ->> tg_argv[0],
          changed::text);
  return null;
end $$;

do $$
declare
  audited text[][] := array[
    ['dossier', 'code', 'applicant_id_number', 'applicant_phone', 'applicant_email', 'applicant_address', 'lookup_secret'],
    ['dossier_step', 'dossier_id', '', '', '', '', ''],
    ['dossier_clock_stop', 'dossier_id', '', '', '', '', ''],
    ['dossier_attachment', 'dossier_id', 'storage_path', '', '', '', ''],
    ['identity_official', 'username', 'password_hash', '', '', '', ''],
    ['identity_official_role', 'official_id', '', '', '', '', ''],
    ['organization_unit', 'code', '', '', '', '', ''],
    ['organization_agency', 'code', '', '', '', '', ''],
    ['organization_unit_succession', 'successor_id', '', '', '', '', ''],
    ['catalogue_procedure', 'code', '', '', '', '', ''],
    ['catalogue_process_step', 'procedure_id', '', '', '', '', ''],
    ['catalogue_required_document', 'procedure_id', '', '', '', '', ''],
    ['catalogue_sample_form', 'procedure_code', 'storage_path', '', '', '', ''],
    ['calendar_official_day', 'day', '', '', '', '', ''],
    ['calendar_unit_hours', 'unit_id', '', '', '', '', ''],
    ['portal_site_settings', 'id', '', '', '', '', ''],
    ['par_set', 'name', 'criteria', 'bands', '', '', ''],
    ['par_assessment', 'unit_id', '', '', '', '', ''],
    ['par_score', 'code', '', '', '', '', ''],
    ['planning_plan', 'title', 'goals', '', '', '', ''],
    ['planning_conclusion', 'meeting_id', '', '', '', '', ''],
    ['planning_task', 'title', '', '', '', '', '']];
  r int;
  args text;
begin
  for r in 1 .. array_length(audited, 1) loop
    select string_agg(quote_literal(a), ', ') into args
      from unnest(audited[r:r][2:7]) as a where a <> '';
    execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row(%s)',
      audited[r][1] || '_audit', audited[r][1], args);
  end loop;
end $$;
