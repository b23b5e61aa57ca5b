-- The ledger read newest or oldest first, or by wished completion date, on large regions.
create index wish_created on wish (created_at, id);
create index wish_due on wish (due_date, id);
