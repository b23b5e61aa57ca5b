-- Word search over requests and wishes without extensions: each text is kept as the character pairs it is made
-- of (路灯坏了 → 路灯 灯坏 坏了), with their positions, in a generated column with a GIN index. The platform cuts a
-- search into words (HanLP) and asks for each word as the phrase of its pairs (路灯 ⇒ '路灯'; 加装电梯 ⇒
-- '加装' <-> '装电' <-> '电梯'), all words together in any order: 东门 路灯 finds 路灯在东门坏了, which a substring
-- search does not. The tsvector is written literally (quoted lexemes with positions), never through a text search
-- parser, so it does not depend on the server's locale.
create function siwei_grams(t text) returns tsvector
    language sql immutable parallel safe
as $$
    select coalesce(string_agg('''' || g || ''':' || i, ' ')::tsvector, ''::tsvector)
    from (select lower(substr(t, i, 2)) as g, i
          from generate_series(1, least(greatest(length(t) - 1, 0), 16383)) i) x
    where g !~ '[[:space:][:punct:]''\\，。！？、；：“”‘’（）《》【】…—·～]'
$$;

alter table request add column search tsvector generated always as (siwei_grams(description)) stored;
create index request_search on request using gin (search);

alter table wish add column search tsvector generated always as (siwei_grams(description)) stored;
create index wish_search on wish using gin (search);
