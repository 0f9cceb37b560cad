-- The PAR Index (chỉ số cải cách hành chính, RULES.md §7): a criteria set per year and issuer,
-- the units it assesses, their self-scores and the committee's appraisal, every change kept.

-- A criteria set: the tree and the bands are data (vn.motcua.parindex.domain.CriteriaTree),
-- stored whole as JSON; the period is the one computed criteria are counted over.
create table par_set (
  id              uuid primary key,
  year            int          not null,
  name            varchar(300) not null,
  issuer_unit_id  uuid         not null,
  period_from     date         not null,
  period_to       date         not null,
  self_due        date,
  appraisal_due   date,
  criteria        jsonb        not null,
  bands           jsonb        not null,
  decision        varchar(100),
  decision_date   date,
  published_at    timestamptz,
  created_by      varchar(100) not null,
  created_at      timestamptz  not null,
  check (period_from <= period_to)
);
create index par_set_issuer_idx on par_set (issuer_unit_id, year);

-- A unit assessed by a set, and where its self-assessment stands.
create table par_assessment (
  set_id        uuid        not null references par_set (id) on delete cascade,
  unit_id       uuid        not null,
  status        varchar(20) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
  submitted_at  timestamptz,
  submitted_by  varchar(100),
  primary key (set_id, unit_id)
);

-- A leaf's scores for a unit: the unit's own (with its explanation) and the committee's (with its
-- comment; survey points are the committee's).
create table par_score (
  set_id            uuid         not null,
  unit_id           uuid         not null,
  code              varchar(30)  not null,
  self_points       numeric(7, 2),
  self_note         text,
  appraised_points  numeric(7, 2),
  appraisal_comment text,
  primary key (set_id, unit_id, code),
  foreign key (set_id, unit_id) references par_assessment (set_id, unit_id) on delete cascade
);

-- Every score given, by whom and when: the record of the appraisal.
create table par_score_change (
  id       bigint generated always as identity primary key,
  set_id   uuid         not null,
  unit_id  uuid         not null,
  code     varchar(30)  not null,
  side     varchar(10)  not null check (side in ('SELF', 'APPRAISAL')),
  points   numeric(7, 2),
  note     text,
  actor    varchar(100) not null,
  at       timestamptz  not null,
  foreign key (set_id, unit_id) references par_assessment (set_id, unit_id) on delete cascade
);
create index par_score_change_unit_idx on par_score_change (set_id, unit_id, code);
