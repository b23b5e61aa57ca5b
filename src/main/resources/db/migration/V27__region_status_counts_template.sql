-- The per-region, per-status counters of every capability, written once. A capability whose table has
-- region_path and status columns calls, in its own migration:
--
--     call count_by_region_and_status('mediation', 'mediation');
--
-- which installs statement-level triggers keeping region_record_count's kinds '<kind>' (all records) and
-- '<kind>:<STATUS>' exact, and counts the rows already there. An update applies only net changes (an act that
-- moves no record between nodes or states writes no counter), in (kind, path) order so that concurrent
-- statements lock counters in the same order. The wish and request counters move onto it.
create function region_status_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into region_record_count (kind, region_path, n)
        select k, p, count(*) from (
            select tg_argv[0] as k, region_path as p from new_rows
            union all
            select tg_argv[0] || ':' || status, region_path from new_rows) c
        group by k, p order by k, p
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    elsif tg_op = 'UPDATE' then
        insert into region_record_count (kind, region_path, n)
        select k, p, sum(d) from (
            select tg_argv[0] as k, region_path as p, -1 as d from old_rows
            union all
            select tg_argv[0] || ':' || status, region_path, -1 from old_rows
            union all
            select tg_argv[0], region_path, 1 from new_rows
            union all
            select tg_argv[0] || ':' || status, region_path, 1 from new_rows) c
        group by k, p having sum(d) <> 0 order by k, p
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    else
        insert into region_record_count (kind, region_path, n)
        select k, p, -count(*) from (
            select tg_argv[0] as k, region_path as p from old_rows
            union all
            select tg_argv[0] || ':' || status, region_path from old_rows) c
        group by k, p order by k, p
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;

create procedure count_by_region_and_status(tbl text, counted text) language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I referencing new table as new_rows '
        'for each statement execute function region_status_count_apply(%L)', tbl || '_count_insert', tbl, counted);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
        'for each statement execute function region_status_count_apply(%L)', tbl || '_count_update', tbl, counted);
    execute format('create trigger %I after delete on %I referencing old table as old_rows '
        'for each statement execute function region_status_count_apply(%L)', tbl || '_count_delete', tbl, counted);
    execute format('insert into region_record_count (kind, region_path, n) '
        'select %L, region_path, count(*) from %I group by region_path '
        'union all select %L || '':'' || status, region_path, count(*) from %I group by status, region_path '
        'on conflict (kind, region_path) do update set n = excluded.n', counted, tbl, counted, tbl);
end $$;

drop trigger wish_count_insert on wish;
drop trigger wish_count_update on wish;
drop trigger wish_count_delete on wish;
drop function wish_count_apply();
call count_by_region_and_status('wish', 'wish');

drop trigger request_count_insert on request;
drop trigger request_count_update on request;
drop trigger request_count_delete on request;
drop function request_count_apply();
call count_by_region_and_status('request', 'request');
