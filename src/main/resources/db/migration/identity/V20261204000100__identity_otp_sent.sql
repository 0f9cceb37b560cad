-- Issue 17: a contact gets a code at most once a minute and five times in 24 hours
alter table identity_otp add column last_sent_at timestamptz, add column day_started_at timestamptz,
  add column sent_today int not null default 1;
update identity_otp set last_sent_at = expires_at - interval '10 minutes', day_started_at = expires_at - interval '10 minutes';
alter table identity_otp alter column last_sent_at set not null, alter column day_started_at set not null;
