-- A resident may urge (催办) an open request at most once a day, add to it (补充) and cancel it (撤单). The request
-- keeps how often it was urged (supervisors sort by it) and when last; the reason of a cancellation is in its
-- timeline, and the parts still being worked end with it.
alter table request add column urge_count int not null default 0;
alter table request add column last_urged_at timestamptz;
