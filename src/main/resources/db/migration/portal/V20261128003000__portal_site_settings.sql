-- The portal's own identity, shown in every page's header and footer; one row, edited in the
-- back office ("Cài đặt cổng thông tin").
create table portal_site_settings (
  id                 smallint primary key default 1 check (id = 1),
  authority_name     varchar(200) not null,
  portal_name        varchar(200) not null,
  address            varchar(300),
  phone              varchar(60),
  email              varchar(120),
  responsible_person varchar(200),
  license            varchar(300),
  version            bigint not null default 0
);
insert into portal_site_settings (authority_name, portal_name) values ('Ủy ban nhân dân', 'Cổng thông tin điện tử');
