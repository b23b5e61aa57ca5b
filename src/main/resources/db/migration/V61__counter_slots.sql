-- Counters without a queue. Every record's insert or change adds to its region's counters in region_record_count
-- (and to the rollups, see figures.Rollups): when many transactions write records of one region at once — a storm
-- of 12345 pushes — they all updated the same counter row and waited for each other's commit, one at a time.
-- Each counter is now kept in up to nine rows ("slots"): a transaction adds to the slot 1-8 its transaction id
-- picks, so concurrent transactions (whose ids follow each other) rarely meet; every reader already sums the rows
-- of a path. A sweep folds slots 1-8 into slot 0 now and then, which no act writes: it passes over rows an act
-- holds (skip locked), so the sweep never waits for an act and an act never deadlocks with it.
alter table region_record_count add column slot smallint not null default 0;
alter table region_record_count drop constraint region_record_count_pkey;
alter table region_record_count add constraint region_record_count_pkey primary key (kind, region_path, slot);

-- The slot of the current transaction.
create or replace function counter_slot() returns smallint language sql volatile as
$$ select (1 + txid_current() % 8)::smallint $$;

create or replace function region_count_apply() returns trigger language plpgsql as $$
begin
    -- Rows are applied in key order so that concurrent statements lock counters in the same order.
    if tg_op = 'INSERT' then
        insert into region_record_count (kind, region_path, slot, n)
        select tg_argv[0], region_path, counter_slot(), count(*) from new_rows where active group by region_path
        order by region_path
        on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
    elsif tg_op = 'UPDATE' then
        insert into region_record_count (kind, region_path, slot, n)
        select tg_argv[0], region_path, counter_slot(), sum(d) from (
            select region_path, -1 as d from old_rows where active
            union all
            select region_path, 1 from new_rows where active) changes
        group by region_path having sum(d) <> 0 order by region_path
        on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
    else
        insert into region_record_count (kind, region_path, slot, n)
        select tg_argv[0], region_path, counter_slot(), -count(*) from old_rows where active group by region_path
        order by region_path
        on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;

create or replace function region_status_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into region_record_count (kind, region_path, slot, n)
        select k, p, counter_slot(), count(*) from (
            select tg_argv[0] as k, region_path as p from new_rows
            union all
            select tg_argv[0] || ':' || status, region_path from new_rows) c
        group by k, p order by k, p
        on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
    elsif tg_op = 'UPDATE' then
        insert into region_record_count (kind, region_path, slot, n)
        select k, p, counter_slot(), sum(d) from (
            select tg_argv[0] as k, region_path as p, -1 as d from old_rows
            union all
            select tg_argv[0] || ':' || status, region_path, -1 from old_rows
            union all
            select tg_argv[0], region_path, 1 from new_rows
            union all
            select tg_argv[0] || ':' || status, region_path, 1 from new_rows) c
        group by k, p having sum(d) <> 0 order by k, p
        on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
    else
        insert into region_record_count (kind, region_path, slot, n)
        select k, p, counter_slot(), -count(*) from (
            select tg_argv[0] as k, region_path as p from old_rows
            union all
            select tg_argv[0] || ':' || status, region_path from old_rows) c
        group by k, p order by k, p
        on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;

create or replace procedure count_by_region_and_status(tbl text, counted text) language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I referencing new table as new_rows '
        'for each statement execute function region_status_count_apply(%L)', tbl || '_count_insert', tbl, counted);
    execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
        'for each statement execute function region_status_count_apply(%L)', tbl || '_count_update', tbl, counted);
    execute format('create trigger %I after delete on %I referencing old table as old_rows '
        'for each statement execute function region_status_count_apply(%L)', tbl || '_count_delete', tbl, counted);
    call recount_by_region_and_status(tbl, counted);
end $$;

-- Folds every counter's slots into slot 0 (the counts stay the same; the rows become fewer).
create or replace procedure fold_region_record_count() language plpgsql as $$
begin
    with folded as (
        delete from region_record_count where ctid in (
            select ctid from region_record_count where slot <> 0 for update skip locked)
        returning kind, region_path, n)
    insert into region_record_count (kind, region_path, slot, n)
    select kind, region_path, 0, sum(n) from folded group by kind, region_path order by kind, region_path
    on conflict (kind, region_path, slot) do update set n = region_record_count.n + excluded.n;
end $$;
