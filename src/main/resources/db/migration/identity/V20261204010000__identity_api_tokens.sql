-- Issue 18: personal access tokens for the province's API clients (the national portal adapter,
-- integrations), so that a client does not send a password with every request. Only the SHA-256 of
-- a token is kept; the token itself is shown once. Revoked tokens stay, for the audit log.
create table identity_api_token (
  id          uuid primary key,
  official_id uuid         not null references identity_official (id) on delete cascade,
  name        varchar(100) not null,
  token_hash  char(64)     not null unique,
  hint        varchar(12)  not null,
  created_at  timestamptz  not null,
  expires_at  timestamptz  not null,
  revoked_at  timestamptz
);
create index identity_api_token_official on identity_api_token (official_id);

create trigger identity_api_token_audit after insert or update or delete on identity_api_token
  for each row execute function audit_row('official_id', 'token_hash');
