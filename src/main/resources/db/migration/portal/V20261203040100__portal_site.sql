-- What Decree 42/2022/NĐ-CP Art. 4 and 5 expect an authority's portal to publish about itself:
-- its pages (introduction, functions and duties, contact …), its leaders with photo and duties;
-- and the portal's web links, banners, announcements and readers' «was this page useful?».
create table portal_page (
  id          uuid primary key,
  unit_id     uuid          not null,
  slug        varchar(100)  not null,
  title       varchar(300)  not null,
  body        text          not null,
  ordinal     int           not null default 0,
  version     int           not null default 1,
  updated_by  varchar(100)  not null,
  updated_at  timestamptz   not null,
  unique (unit_id, slug)
);

create table portal_leader (
  id          uuid primary key,
  unit_id     uuid          not null,
  name        varchar(200)  not null,
  position    varchar(300)  not null,
  duties      text,
  photo_id    uuid references portal_media (id),
  ordinal     int           not null default 0,
  updated_by  varchar(100)  not null,
  updated_at  timestamptz   not null
);
create index portal_leader_unit_idx on portal_leader (unit_id, ordinal);

create table portal_link (
  id          uuid primary key,
  unit_id     uuid          not null,
  kind        varchar(10)   not null check (kind in ('LINK', 'BANNER')),
  title       varchar(200)  not null,
  url         varchar(500)  not null,
  image_id    uuid references portal_media (id),
  ordinal     int           not null default 0,
  created_by  varchar(100)  not null,
  created_at  timestamptz   not null,
  check (kind = 'LINK' or image_id is not null)
);

create table portal_announcement (
  id          uuid primary key,
  unit_id     uuid          not null,
  text        varchar(500)  not null,
  url         varchar(500),
  starts_at   timestamptz   not null,
  ends_at     timestamptz   not null,
  created_by  varchar(100)  not null,
  created_at  timestamptz   not null,
  check (starts_at < ends_at)
);
create index portal_announcement_idx on portal_announcement (unit_id, ends_at);

create table portal_usefulness (
  path    varchar(300)  not null,
  voter   varchar(120)  not null,
  useful  boolean       not null,
  at      timestamptz   not null,
  primary key (path, voter)
);
