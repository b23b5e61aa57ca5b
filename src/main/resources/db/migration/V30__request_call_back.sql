-- 回访: an evaluation is gathered by the resident themselves, or by staff calling back (phone, visit), or by the
-- 12345 hotline; who recorded it is kept beside it (the timeline has the whole history).
alter table request add column evaluation_method varchar(16);
alter table request add column evaluated_by varchar(100);
update request set evaluation_method = 'SELF' where evaluated_at is not null;
