-- Synchronisation with the National Public Service Portal (Decree 45/2020 Art. 12 and 13; Decision
-- 766/QĐ-TTg 2023 counts the dossiers synchronised): every reception and status change of a dossier
-- is written here in the dossier's own transaction, then sent by a job, in order per dossier, with
-- retries; the idempotency key lets the portal apply a repeated delivery once.
create table connect_national_outbox (
  id              bigserial    primary key,
  dossier_id      uuid         not null,
  dossier_code    varchar(60)  not null,
  unit_id         uuid         not null,
  idempotency_key uuid         not null unique,
  payload         jsonb        not null,
  created_at      timestamptz  not null,
  attempts        integer      not null default 0,
  next_attempt_at timestamptz,
  last_error      varchar(500),
  sent_at         timestamptz
);
create index connect_national_outbox_pending_idx on connect_national_outbox (dossier_id, id) where sent_at is null;
