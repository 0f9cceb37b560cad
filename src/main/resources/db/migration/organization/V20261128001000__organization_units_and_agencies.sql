-- Administrative units with their history. Codes are reused by different units over time, so
-- the key is a surrogate id and a code may not be held by two units on the same day.
create table organization_unit (
  id         uuid primary key,
  code       varchar(10)  not null,
  name       varchar(200) not null,
  type       varchar(20)  not null,
  parent_id  uuid references organization_unit (id),
  valid_from date,
  valid_to   date,
  note       text,
  version    bigint not null,
  constraint organization_unit_validity check (valid_from is null or valid_to is null or valid_from <= valid_to),
  constraint organization_unit_code_once_a_day
    exclude using gist (code with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index organization_unit_parent_idx on organization_unit (parent_id);

-- Mergers and splits: which units a unit was formed from (from the successor's valid_from).
create table organization_unit_succession (
  predecessor_id uuid not null references organization_unit (id),
  successor_id   uuid not null references organization_unit (id),
  primary key (predecessor_id, successor_id)
);
create index organization_unit_succession_successor_idx on organization_unit_succession (successor_id);

-- Agencies (People's Committees, departments, one-stop desks) of a unit. The code is the
-- identifier of the national standard that begins dossier codes.
create table organization_agency (
  id         uuid primary key,
  code       varchar(40)  not null,
  name       varchar(250) not null,
  kind       varchar(30)  not null,
  unit_id    uuid not null references organization_unit (id),
  parent_id  uuid references organization_agency (id),
  address    varchar(300),
  phone      varchar(40),
  email      varchar(120),
  valid_from date,
  valid_to   date,
  version    bigint not null,
  constraint organization_agency_validity check (valid_from is null or valid_to is null or valid_from <= valid_to),
  constraint organization_agency_code_once_a_day
    exclude using gist (code with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index organization_agency_unit_idx on organization_agency (unit_id);
