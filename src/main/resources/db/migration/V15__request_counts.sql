-- Requests per region node and status, kept by statement-level triggers in region_record_count (kinds
-- 'request:<STATUS>'), so that a staff member's "to take" and "to dispatch" counts are sums over the nodes of
-- their region, however many requests there are.
create function request_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into region_record_count (kind, region_path, n)
        select 'request:' || status, region_path, -count(*) from old_rows
        group by status, region_path order by 1, 2
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into region_record_count (kind, region_path, n)
        select 'request:' || status, region_path, count(*) from new_rows
        group by status, region_path order by 1, 2
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;

create trigger request_count_insert after insert on request
    referencing new table as new_rows for each statement execute function request_count_apply();
create trigger request_count_update after update on request
    referencing old table as old_rows new table as new_rows for each statement execute function request_count_apply();
create trigger request_count_delete after delete on request
    referencing old table as old_rows for each statement execute function request_count_apply();

insert into region_record_count (kind, region_path, n)
select 'request:' || status, region_path, count(*) from request group by status, region_path;

-- Leaders' comments on a month's ranking (点评), kept with it.
create table ranking_comment (
    id           bigint generated always as identity primary key,
    month        date          not null,
    level        varchar(16)   not null,
    region_id    bigint        not null references region (id),
    author_id    bigint        not null,
    author_name  varchar(100)  not null,
    text         varchar(2000) not null,
    at           timestamptz   not null
);
create index ranking_comment_month on ranking_comment (region_id, month, level, at);
