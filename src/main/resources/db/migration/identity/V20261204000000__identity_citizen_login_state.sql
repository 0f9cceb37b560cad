-- Issue 17: citizens are locked out after repeated wrong passwords, as officials are
create table identity_citizen_login_state (
  citizen_id      uuid primary key references identity_citizen (id) on delete cascade,
  failed_attempts int not null default 0,
  locked_until    timestamptz
);
