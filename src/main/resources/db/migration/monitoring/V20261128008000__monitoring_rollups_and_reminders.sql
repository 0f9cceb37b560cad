-- Statistics read model: what happened per unit, procedure and day (the day in Vietnam, UTC+7).
-- Fed in the transaction of each dossier action, so it always equals a count of the dossiers;
-- rebuilt from the dossier_fact view on request. What was open at a moment (carried over,
-- pending, overdue) comes from the dossiers' open-interval index instead.
create table monitoring_daily (
  unit_id          uuid        not null,
  day              date        not null,
  procedure_code   varchar(30) not null,
  received_online  int         not null default 0,
  received_direct  int         not null default 0,
  resolved_early   int         not null default 0,
  resolved_on_time int         not null default 0,
  resolved_late    int         not null default 0,
  withdrawn        int         not null default 0,
  resolved_seconds bigint      not null default 0,
  primary key (unit_id, day, procedure_code)
);

-- The same per month (month = its first day), kept alongside: a year's dashboard reads twelve rows
-- per unit and procedure instead of 365. Periods that cut a month read its days from the table above.
create table monitoring_monthly (like monitoring_daily including defaults);
alter table monitoring_monthly rename column day to month;
alter table monitoring_monthly add primary key (unit_id, month, procedure_code);

-- Reminders (đôn đốc) to officials: the log and the in-app notification centre in one. The key
-- says what a reminder is about (kind, official, dossier step or day), so none is made twice.
create table monitoring_reminder (
  id          uuid primary key,
  reminder_key varchar(200) not null unique,
  kind        varchar(20)  not null,
  recipient   varchar(60)  not null,
  unit_id     uuid,
  dossier_code varchar(60),
  subject     varchar(300) not null,
  body        text         not null,
  created_at  timestamptz  not null,
  read_at     timestamptz,
  emailed_at  timestamptz
);
create index monitoring_reminder_recipient_idx on monitoring_reminder (recipient, created_at desc);
-- emailed_at: handed to the delivery log (or the official has no e-mail address)
create index monitoring_reminder_to_email_idx on monitoring_reminder (created_at) where emailed_at is null;
