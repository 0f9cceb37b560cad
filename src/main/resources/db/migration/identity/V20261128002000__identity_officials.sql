-- Officials (cán bộ, công chức). agency_id and unit_id point into the organization module by id
-- only (no foreign key across modules); unit_id is the agency's unit, kept for scope filters.
create table identity_official (
  id                   uuid primary key,
  username             varchar(60)  not null,
  full_name            varchar(150) not null,
  email                varchar(120),
  phone                varchar(30),
  position             varchar(150),
  agency_id            uuid,
  unit_id              uuid,
  password_hash        varchar(200) not null,
  enabled              boolean not null,
  must_change_password boolean not null,
  created_at           timestamptz not null,
  version              bigint not null,
  constraint identity_official_agency_and_unit check ((agency_id is null) = (unit_id is null))
);
create unique index identity_official_username_uq on identity_official (lower(username));
create index identity_official_unit_idx on identity_official (unit_id);

create table identity_official_role (
  official_id uuid not null references identity_official (id) on delete cascade,
  role        varchar(30) not null,
  primary key (official_id, role)
);

-- Login bookkeeping, apart from the official so that a failed login never collides with an
-- administrator's edit (optimistic locking on identity_official).
create table identity_login_state (
  official_id     uuid primary key references identity_official (id) on delete cascade,
  failed_attempts int not null default 0,
  locked_until    timestamptz,
  last_login_at   timestamptz
);
