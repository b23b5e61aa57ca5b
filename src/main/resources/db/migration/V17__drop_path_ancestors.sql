-- The rollups cut a record's ancestor paths with split_part (cn.siwei.figures.Rollups#ancestors), far cheaper than
-- this set-returning function per record; nothing calls it any more.
drop function path_ancestors(text, int);
