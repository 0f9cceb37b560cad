-- Fees paid online through the national payment platform (Decree 45/2020 Art. 25; Circular
-- 18/2020/TT-NHNN on payment services through the National Public Service Portal): the fee request
-- sent with the citizen, and once the platform's signed callback came, its transaction and the
-- electronic receipt (biên lai điện tử, Decree 123/2020 Art. 30 and 31). A transaction is applied once;
-- a second payment of the same request is kept as REFUND_DUE.
create table connect_payment (
  id             uuid         primary key,
  reference      varchar(60)  not null unique,
  dossier_id     uuid         not null,
  dossier_code   varchar(60)  not null,
  amount_vnd     bigint       not null check (amount_vnd between 1 and 1000000000),
  description    varchar(300) not null,
  status         varchar(10)  not null check (status in ('REQUESTED', 'PAID', 'CANCELLED', 'REFUND_DUE')),
  requested_by   varchar(100) not null,
  requested_at   timestamptz  not null,
  transaction_id varchar(100) unique,
  paid_at        timestamptz,
  receipt_number varchar(60),
  receipt        jsonb,
  check ((status in ('PAID', 'REFUND_DUE')) = (transaction_id is not null))
);
create index connect_payment_dossier_idx on connect_payment (dossier_id, requested_at);
create trigger connect_payment_audit after insert or update or delete on connect_payment
  for each row execute function audit_row('dossier_id');
