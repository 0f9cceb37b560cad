-- The portal's news (Decree 42/2022/NĐ-CP): articles of an authority, approved by an editor before
-- they are public, every version of the text kept, every step of the workflow kept.
create table portal_article (
  id             uuid primary key,
  unit_id        uuid          not null,
  category       varchar(20)   not null,
  slug           varchar(100)  not null unique,
  title          varchar(300)  not null,
  summary        varchar(1000) not null,
  body           text          not null,
  cover_url      varchar(500),
  cover_caption  varchar(300),
  cover_credit   varchar(200),
  author         varchar(200),
  status         varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'UNPUBLISHED')),
  published_at   timestamptz,
  views          bigint        not null default 0,
  version        int           not null default 1,
  created_by     varchar(100)  not null,
  created_at     timestamptz   not null,
  updated_at     timestamptz   not null
);
create index portal_article_public_idx on portal_article (published_at desc) where status = 'PUBLISHED';
create index portal_article_unit_idx on portal_article (unit_id, status);

create table portal_article_version (
  article_id  uuid          not null references portal_article (id) on delete cascade,
  version     int           not null,
  title       varchar(300)  not null,
  summary     varchar(1000) not null,
  body        text          not null,
  saved_by    varchar(100)  not null,
  saved_at    timestamptz   not null,
  primary key (article_id, version)
);

create table portal_article_event (
  id          bigserial primary key,
  article_id  uuid          not null references portal_article (id) on delete cascade,
  action      varchar(20)   not null,
  note        text,
  at_time     timestamptz,
  actor       varchar(100)  not null,
  at          timestamptz   not null
);
create index portal_article_event_idx on portal_article_event (article_id, id);
