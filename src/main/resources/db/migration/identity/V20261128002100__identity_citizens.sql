-- Citizen accounts: a verified phone number or e-mail address, a name, a password. An account is
-- usable once the one-time code sent to that contact was typed back.
create table identity_citizen (
  id            uuid primary key,
  contact       varchar(120) not null unique,
  contact_kind  varchar(10)  not null,
  full_name     varchar(200) not null,
  password_hash varchar(200) not null,
  created_at    timestamptz  not null,
  verified_at   timestamptz
);

-- One-time codes, kept only as a hash: a few minutes of life and a few tries.
create table identity_otp (
  contact    varchar(120) primary key,
  code_hash  varchar(200) not null,
  expires_at timestamptz  not null,
  attempts   int          not null default 0
);
