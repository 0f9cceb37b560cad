-- No question reads dossiers by their agency: scopes, lists and statistics go by unit, and the few
-- reads of agency_id find the dossier by its id. The index was written on every update of a dossier
-- (the status is indexed, so no update is HOT) and read by nothing: 0 scans in the demo database over
-- all its sessions. The receipt alone is indexed since 20261205020000.
drop index if exists dossier_agency_received_idx;
