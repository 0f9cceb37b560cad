-- Days that an official decision makes a day off or a working day (a swapped Saturday). A year
-- with at least one row is decided: its days off are exactly its rows. A year without rows
-- follows the Labour Code's default and is shown as provisional.
create table calendar_official_day (
  day        date primary key,
  day_off    boolean      not null,
  name       varchar(200) not null,
  decision   varchar(200) not null,
  updated_at timestamptz  not null
);

-- A unit's working calendar; a unit without a row uses its parent's, then the national default.
-- unit_id points into the organization module by id only.
create table calendar_unit_hours (
  unit_id             uuid primary key,
  morning_start       time    not null,
  morning_end         time    not null,
  afternoon_start     time    not null,
  afternoon_end       time    not null,
  saturday_reception  boolean not null,
  saturday_counts     boolean not null,
  same_day_cutoff     time    not null,
  online_near_closing_minutes int not null,
  convention          varchar(20) not null,
  updated_at          timestamptz not null,
  constraint calendar_unit_hours_order check (morning_start < morning_end and morning_end <= afternoon_start
                                              and afternoon_start < afternoon_end),
  constraint calendar_unit_hours_saturday check (saturday_reception or not saturday_counts)
);
