-- Feedback and petitions (phản ánh, kiến nghị; Decree 20/2008): a register with its id and
-- times, classification, the competent unit, the forwarding and answer deadlines, the answer and
-- whether it is published on the portal (only with the submitter's consent).
create table portal_feedback (
  id               uuid primary key,
  register_no      varchar(20)  not null unique,
  received_at      timestamptz  not null,
  channel          varchar(10)  not null,
  submitter_name   varchar(200) not null,
  submitter_address varchar(300) not null,
  submitter_phone  varchar(20)  not null,
  submitter_email  varchar(120),
  subject          varchar(300) not null,
  content          text         not null,
  publish_consent  boolean      not null,
  unit_id          uuid         not null,
  status           varchar(20)  not null,
  category         varchar(30),
  inter_agency     boolean      not null default false,
  forward_due_at   timestamptz  not null,
  answer_due_at    timestamptz,
  forwarded_to     varchar(300),
  answer           text,
  answered_at      timestamptz,
  answered_by      varchar(60),
  published        boolean      not null default false,
  version          bigint       not null
);
create index portal_feedback_unit_status_idx on portal_feedback (unit_id, status);
create index portal_feedback_published_idx on portal_feedback (answered_at desc) where published;

-- Register numbers PAKN-<year>-<nnnnn>, one sequence per year.
create table portal_feedback_sequence (
  year       int primary key,
  last_value int not null
);
