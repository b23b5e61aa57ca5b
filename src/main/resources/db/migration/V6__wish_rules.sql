-- How many days a claimant has to contact the beneficiary, per region; the nearest rule above a wish's
-- region applies, and 7 days where there is none (the seed's rule).
create table wish_rule (
    region_id     bigint       not null references region (id) primary key,
    region_path   varchar(400) not null,
    contact_days  int          not null check (contact_days between 1 and 60),
    updated_at    timestamptz  not null
);
create index wish_rule_path on wish_rule (region_path text_pattern_ops);

-- The ledger's order (care-tagged first, newest first), readable from an index on large regions.
create index wish_ledger_order on wish (priority desc, created_at desc, id desc);
