-- Who may award a rule's points: a comma list of roles (COMMUNITY_WORKER, STREET_OFFICER); null: anyone who
-- manages the ledger's points. The approval of an award above the rule's limit is held to the same roles.
alter table points_rule add column awarded_by varchar(100);
