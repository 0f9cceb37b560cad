-- The portal's polls: one vote per voter (an account, or a browser's cookie), limited per client address.
create table portal_poll (
  id          uuid primary key,
  unit_id     uuid          not null,
  question    varchar(300)  not null,
  opens_at    timestamptz   not null,
  closes_at   timestamptz   not null,
  created_by  varchar(100)  not null,
  created_at  timestamptz   not null,
  check (opens_at < closes_at)
);

create table portal_poll_option (
  id       uuid primary key,
  poll_id  uuid          not null references portal_poll (id) on delete cascade,
  ordinal  int           not null,
  label    varchar(200)  not null,
  unique (poll_id, ordinal)
);

create table portal_poll_vote (
  poll_id         uuid          not null references portal_poll (id) on delete cascade,
  option_id       uuid          not null references portal_poll_option (id) on delete cascade,
  voter           varchar(120)  not null,
  client_address  varchar(64)   not null,
  voted_at        timestamptz   not null,
  primary key (poll_id, voter)
);
create index portal_poll_vote_address_idx on portal_poll_vote (poll_id, client_address, voted_at);
