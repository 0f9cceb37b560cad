-- The portal's media library: pictures (kept whole, with a large rendition and a thumbnail),
-- video files and embedded video links; every item has the alternative text a reader without the
-- picture hears (Decree 42/2022/NĐ-CP Art. 9: accessible to people with disabilities).
create table portal_media (
  id          uuid primary key,
  unit_id     uuid          not null,
  kind        varchar(10)   not null check (kind in ('IMAGE', 'VIDEO', 'EMBED')),
  title       varchar(300)  not null,
  alt_text    varchar(300)  not null check (length(btrim(alt_text)) > 0),
  credit      varchar(200),
  width       int,
  height      int,
  embed_url   varchar(500),
  created_by  varchar(100)  not null,
  created_at  timestamptz   not null,
  check ((kind = 'EMBED') = (embed_url is not null))
);
create index portal_media_unit_idx on portal_media (unit_id, created_at desc);

-- The stored files of an item: the original, its renditions (large, thumb), or the video.
create table portal_media_file (
  media_id      uuid          not null references portal_media (id) on delete cascade,
  rendition     varchar(10)   not null check (rendition in ('original', 'large', 'thumb', 'video')),
  file_name     varchar(300)  not null,
  content_type  varchar(100)  not null,
  storage_path  varchar(300)  not null,
  sha256        varchar(64)   not null,
  size_bytes    bigint        not null,
  primary key (media_id, rendition)
);

-- An article's cover picked from the library says what it shows.
alter table portal_article add column cover_alt varchar(300);
