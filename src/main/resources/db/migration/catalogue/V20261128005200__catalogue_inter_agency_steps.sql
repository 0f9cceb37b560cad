-- Inter-agency steps (liên thông): the agency that acts on the step, when it is not the receiving one.
alter table catalogue_process_step add column acting_agency_code varchar(40);
