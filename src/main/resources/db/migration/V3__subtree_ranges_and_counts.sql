-- "Is this path inside that subtree?" as an index range, usable in correlated subqueries and generic plans
-- (a LIKE with a non-constant pattern is not). Paths hold only digits and slashes, so every path below
-- root lies in [root, root || '~'). The function is inlined by the planner, so the range meets the
-- text_pattern_ops indexes on the path columns.
create function in_subtree(path text, root text) returns boolean
    language sql immutable parallel safe
    as $$ select path ~>=~ root and path ~<~ (root || '~') $$;

-- Active records per exact region node, kept by statement-level triggers, so that "how many under this node"
-- sums over the nodes below it instead of counting millions of records.
create table region_record_count (
    kind        varchar(32)  not null,
    region_path varchar(400) not null,
    n           bigint       not null,
    primary key (kind, region_path)
);
create index region_record_count_prefix on region_record_count (kind, region_path text_pattern_ops);

create function region_count_apply() returns trigger language plpgsql as $$
begin
    -- Rows are applied in path order so that concurrent statements lock counters in the same order.
    if tg_op = 'INSERT' then
        insert into region_record_count (kind, region_path, n)
        select tg_argv[0], region_path, count(*) from new_rows where active group by region_path order by region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    elsif tg_op = 'UPDATE' then
        insert into region_record_count (kind, region_path, n)
        select tg_argv[0], region_path, sum(d) from (
            select region_path, -1 as d from old_rows where active
            union all
            select region_path, 1 from new_rows where active) changes
        group by region_path having sum(d) <> 0 order by region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    else
        insert into region_record_count (kind, region_path, n)
        select tg_argv[0], region_path, -count(*) from old_rows where active group by region_path order by region_path
        on conflict (kind, region_path) do update set n = region_record_count.n + excluded.n;
    end if;
    return null;
end $$;

create trigger person_count_insert after insert on person
    referencing new table as new_rows for each statement execute function region_count_apply('person');
create trigger person_count_update after update on person
    referencing old table as old_rows new table as new_rows for each statement execute function region_count_apply('person');
create trigger person_count_delete after delete on person
    referencing old table as old_rows for each statement execute function region_count_apply('person');

create trigger organisation_count_insert after insert on organisation
    referencing new table as new_rows for each statement execute function region_count_apply('organisation');
create trigger organisation_count_update after update on organisation
    referencing old table as old_rows new table as new_rows for each statement execute function region_count_apply('organisation');
create trigger organisation_count_delete after delete on organisation
    referencing old table as old_rows for each statement execute function region_count_apply('organisation');

insert into region_record_count (kind, region_path, n)
select 'person', region_path, count(*) from person where active group by region_path;
insert into region_record_count (kind, region_path, n)
select 'organisation', region_path, count(*) from organisation where active group by region_path;
