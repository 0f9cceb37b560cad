-- Issue 17: attempts counted before their password is checked, and since when (stale after a minute)
alter table identity_login_state add column pending int not null default 0, add column pending_since timestamptz;
alter table identity_citizen_login_state add column pending int not null default 0, add column pending_since timestamptz;
