-- What the figures benchmark asked for at millions of records:
-- a request total per node (kind 'request'), so that a large region's unfiltered ledger knows its length at once;
create or replace function request_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into region_record_count (kind, region_path, n)
        select kind, region_path, -count(*) from (
            select 'request' as kind, region_path from old_rows
            union all
            select 'request:' || status, region_path from old_rows) o
        group by kind, region_path order by kind, region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into region_record_count (kind, region_path, n)
        select kind, region_path, count(*) from (
            select 'request' as kind, region_path from new_rows
            union all
            select 'request:' || status, region_path from new_rows) o
        group by kind, region_path order by kind, region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;
insert into region_record_count (kind, region_path, n)
select 'request', region_path, count(*) from request group by region_path;

-- the most overdue requests of a small region, found by region rather than by walking every overdue request;
create index request_region_due on request (region_path text_pattern_ops, due_at) where due_at is not null;

-- the overdue wishes, oldest first.
create index wish_overdue on wish (created_at)
    where (contact_overdue or completion_overdue) and status not in ('COMPLETED', 'CLOSED');
create index wish_overdue_region on wish (region_path text_pattern_ops, created_at)
    where (contact_overdue or completion_overdue) and status not in ('COMPLETED', 'CLOSED');
