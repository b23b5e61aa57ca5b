-- The ledger filtered by status (open wishes to claim, wishes in progress): found by status and region
-- together, then sorted, instead of reading every wish of the region.
create index wish_status_region on wish (status, region_path text_pattern_ops);
