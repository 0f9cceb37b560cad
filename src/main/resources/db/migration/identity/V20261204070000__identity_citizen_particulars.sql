-- Particulars an identity provider vouched for in its OpenID Connect claims (name, personal
-- identification number, date of birth, address; Decree 59/2022 Art. 12 on electronic identification
-- accounts): online forms take them as given and do not ask for them again.
alter table identity_citizen
  add column vouched_name   varchar(200),
  add column id_number      varchar(12) check (id_number ~ '^[0-9]{12}$'),
  add column birth_date     date,
  add column address        varchar(300),
  add column vouched_by     varchar(300),
  add column vouched_at     timestamptz;
