-- Pre-aggregated figures. Each capability that registers a figure source gets a rollup table and triggers,
-- generated at start-up by cn.siwei.figures.Rollups from the figures' own SQL conditions (so that each figure is
-- defined once); this table remembers which definition each rollup was built from, so that a changed
-- definition rebuilds it.
create table figure_rollup_state (
    kind        varchar(32)  primary key,
    definition  text         not null,
    rebuilt_at  timestamptz  not null
);

-- The paths of a node's ancestors down to max_depth, and of the node itself when it is that high, with their
-- depths: '/1/2/3/' gives ('/1/', 1), ('/1/2/', 2), ('/1/2/3/', 3).
create function path_ancestors(p text, max_depth int) returns table (path text, depth int)
    language sql immutable parallel safe
    as $$
        select '/' || array_to_string(a[2:k + 1], '/') || '/', k
        from (select string_to_array(p, '/') as a) x,
             generate_series(1, least(max_depth, array_length(string_to_array(p, '/'), 1) - 2)) k
    $$;
