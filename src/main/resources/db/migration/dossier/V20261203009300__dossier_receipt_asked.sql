-- For a procedure resolved on the spot (ReceiptRule.NO_RECEIPT_UNLESS_ASKED): whether the applicant
-- asked for the receipt and appointment (form 01); null when not recorded.
alter table dossier add column receipt_asked boolean;
