-- Every capability's timeline has one shape (cn.siwei.platform.Timeline): owner_id, part_id, at, actor_id,
-- actor_name, kind, note, public, on_behalf. Renames and added columns with constant defaults change no rows, so
-- this is instant on tables of tens of millions of entries.
alter table wish_event rename column wish_id to owner_id;
alter table wish_event rename column by_worker to on_behalf;
alter table wish_event add column part_id bigint;
alter table wish_event add column public boolean not null default true;
alter table request_event rename column request_id to owner_id;
alter table request_event add column on_behalf boolean not null default false;
