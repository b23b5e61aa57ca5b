-- A node's open parts for its supervision list, read from the index alone: a community with thousands of late
-- parts read them through the heap (45-140 ms at ten million requests); with the ids in the index, 2.5 ms.
drop index request_part_supervised;

create index request_part_supervised on request_part (region_path text_pattern_ops, due_at) include (request_id, id)
    where status in ('SUMMONED', 'WAITING', 'CLAIMED');
