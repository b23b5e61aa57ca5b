-- A report by phone (12345) whose number belongs to one registered resident under another name: a worker
-- confirms whether it is them before the request is linked to their record.
alter table request add column reporter_candidate_id bigint;
