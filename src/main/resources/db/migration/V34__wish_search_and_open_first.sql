-- The wish ledger is searched by words of the description (like request_text_trgm) and read with the work still
-- to do first by default: the index walks open wishes (status <> CLOSED sorts false, first), care-tagged first,
-- newest first, as the ledger's default order asks.
create index wish_text_trgm on wish using gin (description gin_trgm_ops);
create index wish_open_first on wish ((status = 'CLOSED'), priority desc, created_at desc, id desc);
