-- 党建+积分: one ledger per village or community, double-entry and append-only, each ledger's postings
-- hash-chained (cn.siwei.points). Designs: TigerBeetle (immutable transfers between two accounts, two-phase holds),
-- Formance (each log entry hashes the previous one), pgledger (balances kept beside the postings, in SQL).
create table points_ledger (
    id            bigint generated always as identity primary key,
    region_id     bigint        not null unique references region (id),
    region_path   varchar(400)  not null,
    name          varchar(100)  not null,
    -- awards expire after this many months, oldest first; null: never
    expiry_months int check (expiry_months between 1 and 120),
    -- the last posting's number and hash (0 and the genesis hash before the first)
    seq           bigint        not null default 0,
    head_hash     varchar(64)   not null,
    created_by    bigint        not null,
    created_at    timestamptz   not null
);
create index points_ledger_region on points_ledger (region_path text_pattern_ops);

-- An account of a ledger: a household's (held by its registered person), or one of the ledger's own (issuance by
-- rule, held for the store, the store, expired, adjustments). Balances are kept with the postings in the same
-- transaction; a household's and the held account never go below zero.
create table points_account (
    id         bigint generated always as identity primary key,
    ledger_id  bigint       not null references points_ledger (id),
    kind       varchar(16)  not null,
    person_id  bigint references person (id),
    name       varchar(100) not null,
    balance    bigint       not null default 0,
    version    bigint       not null default 0,
    constraint points_account_not_negative check (kind not in ('HOLDER', 'HELD') or balance >= 0),
    constraint points_account_holder check ((kind = 'HOLDER') = (person_id is not null))
);
create unique index points_account_one on points_account (ledger_id, kind, coalesce(person_id, 0), name);
create index points_account_person on points_account (person_id) where person_id is not null;

-- A rule of a ledger, versioned: a change closes the version in force and opens the next, so that a month is
-- always scored by the rules in force then.
create table points_rule (
    id                bigint generated always as identity primary key,
    ledger_id         bigint       not null references points_ledger (id),
    code              varchar(32)  not null,
    version           int          not null,
    name              varchar(100) not null,
    points            int          not null check (points between 1 and 1000),
    -- the most a household earns from the rule in a month; null: no cap
    monthly_cap       int check (monthly_cap >= 1),
    -- how it is earned: SHEET (monthly scoring), MANUAL (awarded by staff) or an event of another capability
    trigger           varchar(32)  not null,
    evidence_required boolean      not null default false,
    -- an award of more than this many points waits for a second person's approval; null: never
    approval_above    int check (approval_above >= 1),
    valid_from        date         not null,
    -- the day the next version took over (exclusive); null while in force
    valid_to          date,
    created_by        bigint       not null,
    created_at        timestamptz  not null,
    unique (ledger_id, code, version)
);
create index points_rule_in_force on points_rule (ledger_id, trigger) where valid_to is null;

-- A posting: amount moves from the debit account to the credit account. Never updated nor deleted (a trigger
-- refuses it); a correction is a reversal. Numbered per ledger; hash = sha256 of the canonical row and the
-- previous posting's hash (cn.siwei.points.Chain).
create table points_transfer (
    id                bigint generated always as identity primary key,
    ledger_id         bigint        not null references points_ledger (id),
    seq               bigint        not null,
    debit_account_id  bigint        not null references points_account (id),
    credit_account_id bigint        not null references points_account (id),
    amount            bigint        not null check (amount > 0),
    kind              varchar(16)   not null,
    idempotency_key   varchar(200)  not null,
    rule_id           bigint references points_rule (id),
    reverses_id       bigint references points_transfer (id),
    reason            varchar(1000),
    actor_id          bigint        not null,
    actor_name        varchar(100)  not null,
    at                timestamptz   not null,
    prev_hash         varchar(64)   not null,
    hash              varchar(64)   not null,
    unique (ledger_id, seq),
    unique (ledger_id, idempotency_key),
    check (debit_account_id <> credit_account_id)
);
create index points_transfer_debit on points_transfer (debit_account_id, id);
create index points_transfer_credit on points_transfer (credit_account_id, id);
create unique index points_transfer_reversed_once on points_transfer (reverses_id) where reverses_id is not null;

create function points_transfer_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'points postings are never changed or deleted: post a reversal';
end $$;
create trigger points_transfer_no_change before update or delete on points_transfer
    for each row execute function points_transfer_append_only();
create trigger points_transfer_no_truncate before truncate on points_transfer
    for each statement execute function points_transfer_append_only();

-- An award waiting for a second person's approval (above its rule's limit), then posted or refused.
create table points_pending (
    id           bigint generated always as identity primary key,
    ledger_id    bigint        not null references points_ledger (id),
    rule_id      bigint        not null references points_rule (id),
    person_id    bigint        not null references person (id),
    points       int           not null check (points >= 1),
    note         varchar(1000) not null,
    -- the form's key: a double click asks once
    form_key     varchar(200)  not null,
    status       varchar(16)   not null,
    asked_by     bigint        not null,
    asked_name   varchar(100)  not null,
    asked_at     timestamptz   not null,
    decided_by   bigint,
    decided_name varchar(100),
    decided_at   timestamptz,
    refusal      varchar(1000),
    transfer_id  bigint references points_transfer (id)
);
create index points_pending_open on points_pending (ledger_id) where status = 'PENDING';
create unique index points_pending_form on points_pending (ledger_id, form_key);

-- The monthly digest published in the platform: each ledger's last posting number and hash at the month's end.
create table points_digest (
    ledger_id    bigint       not null references points_ledger (id),
    month        date         not null,
    seq          bigint       not null,
    hash         varchar(64)  not null,
    published_at timestamptz  not null,
    primary key (ledger_id, month)
);
