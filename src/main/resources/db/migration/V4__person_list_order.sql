-- The people list shows people with care tags first, then by name. On a large scope (a city, a district) the
-- first pages are read straight from this index in that order instead of sorting millions of rows.
create index person_list_order on person ((cardinality(care_tags) = 0), name, id);

-- The people search matches part of a name or the last digits of a phone or ID number; with these, each
-- branch of that OR is an index lookup, not a scan of every person.
create index person_phone_trgm on person using gin (phone gin_trgm_ops);
create index person_id_number_trgm on person using gin (id_number gin_trgm_ops);
