-- Recounts a table's region-and-status counters from its rows (after a bulk load that ran without triggers):
--     call recount_by_region_and_status('wish', 'wish');
create procedure recount_by_region_and_status(tbl text, counted text) language plpgsql as $$
begin
    delete from region_record_count where kind = counted or kind like counted || ':%';
    execute format('insert into region_record_count (kind, region_path, n) '
        'select %L, region_path, count(*) from %I group by region_path '
        'union all select %L || '':'' || status, region_path, count(*) from %I group by status, region_path',
        counted, tbl, counted, tbl);
end $$;
