-- Wishes per region node, in all and per status, kept by statement-level triggers in region_record_count
-- (kinds 'wish' and 'wish:<STATUS>'), so that the total of a large region's ledger is a sum over its nodes
-- instead of a count of a million rows.
create function wish_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into region_record_count (kind, region_path, n)
        select kind, region_path, -count(*) from (
            select 'wish' as kind, region_path from old_rows
            union all
            select 'wish:' || status, region_path from old_rows) o
        group by kind, region_path order by kind, region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into region_record_count (kind, region_path, n)
        select kind, region_path, count(*) from (
            select 'wish' as kind, region_path from new_rows
            union all
            select 'wish:' || status, region_path from new_rows) o
        group by kind, region_path order by kind, region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;

create trigger wish_count_insert after insert on wish
    referencing new table as new_rows for each statement execute function wish_count_apply();
create trigger wish_count_update after update on wish
    referencing old table as old_rows new table as new_rows for each statement execute function wish_count_apply();
create trigger wish_count_delete after delete on wish
    referencing old table as old_rows for each statement execute function wish_count_apply();

insert into region_record_count (kind, region_path, n)
select 'wish', region_path, count(*) from wish group by region_path
union all
select 'wish:' || status, region_path, count(*) from wish group by status, region_path;
