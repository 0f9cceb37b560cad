-- Every message sent to a citizen, one row per event and channel: the unique key is what keeps an
-- event from being sent twice when its publication is delivered again (after a restart), and the
-- attempts and last error are what the retry job works from.
create table notification_delivery (
  id          uuid primary key,
  event_key   varchar(200) not null,
  channel     varchar(10)  not null,
  recipient   varchar(120) not null,
  subject     varchar(300) not null,
  body        text         not null,
  status      varchar(10)  not null,
  attempts    int          not null default 0,
  last_error  text,
  created_at  timestamptz  not null,
  sent_at     timestamptz,
  next_try_at timestamptz,
  constraint notification_delivery_once unique (event_key, channel)
);
create index notification_delivery_retry_idx on notification_delivery (next_try_at) where status = 'FAILED';
