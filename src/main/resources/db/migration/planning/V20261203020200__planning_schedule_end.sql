-- A schedule ends with its last period (a district's reports end on 30/06/2025 with the district).
alter table planning_report_schedule add column last_period varchar(10);
