-- 红黑榜: a month's red and black list of a ledger, computed from the month's sheet scores, open to objections
-- for a window, then published; what was published stays as it was shown.
alter table points_ledger add column red_top int not null default 10 check (red_top between 1 and 1000);
-- a household whose month scored below this share of the sheet's full marks is on the black list
alter table points_ledger add column black_below_percent int not null default 60 check (black_below_percent between 0 and 100);
alter table points_ledger add column objection_days int not null default 5 check (objection_days between 1 and 30);

create table points_board (
    id            bigint generated always as identity primary key,
    ledger_id     bigint       not null references points_ledger (id),
    month         date         not null,
    -- OBJECTION (computed, open to objections until window_ends) or PUBLISHED
    status        varchar(16)  not null,
    full_marks    int          not null,
    window_ends   date         not null,
    computed_by   bigint       not null,
    computed_at   timestamptz  not null,
    published_by  bigint,
    published_name varchar(100),
    published_at  timestamptz,
    unique (ledger_id, month)
);

create table points_board_entry (
    id         bigint generated always as identity primary key,
    board_id   bigint       not null references points_board (id),
    person_id  bigint       not null references person (id),
    name       varchar(100) not null,
    list       varchar(8)   not null check (list in ('RED', 'BLACK')),
    score      int          not null,
    rank       int          not null,
    -- taken off the list after an upheld objection (kept, so that the change is seen)
    withdrawn  boolean      not null default false,
    unique (board_id, person_id)
);

create table points_objection (
    id          bigint generated always as identity primary key,
    board_id    bigint        not null references points_board (id),
    person_id   bigint        not null references person (id),
    reason      varchar(1000) not null,
    status      varchar(16)   not null,
    raised_by   bigint        not null,
    raised_name varchar(100)  not null,
    raised_at   timestamptz   not null,
    decided_by  bigint,
    decided_name varchar(100),
    decided_at  timestamptz,
    answer      varchar(1000),
    unique (board_id, person_id)
);

-- 积分超市: a ledger's catalogue, with stock.
create table points_item (
    id         bigint generated always as identity primary key,
    ledger_id  bigint       not null references points_ledger (id),
    name       varchar(100) not null,
    points     int          not null check (points between 1 and 100000),
    stock      int          not null check (stock >= 0),
    active     boolean      not null default true,
    created_at timestamptz  not null
);

-- A redemption: the points held (two-phase), then collected at the store (posted) or cancelled (released).
create table points_redemption (
    id            bigint generated always as identity primary key,
    ledger_id     bigint        not null references points_ledger (id),
    item_id       bigint        not null references points_item (id),
    person_id     bigint        not null references person (id),
    points        int           not null,
    status        varchar(16)   not null,
    -- what the store scans
    token         varchar(64)   not null unique,
    form_key      varchar(200)  not null,
    hold_id       bigint        not null references points_transfer (id),
    settle_id     bigint references points_transfer (id),
    created_at    timestamptz   not null,
    settled_at    timestamptz,
    settled_name  varchar(100),
    unique (ledger_id, form_key)
);
create index points_redemption_held on points_redemption (created_at) where status = 'HELD';

-- 分红: a pool of money split by points with weights, by largest remainder, so the cents add up to the pool.
create table points_dividend (
    id          bigint generated always as identity primary key,
    ledger_id   bigint        not null references points_ledger (id),
    title       varchar(200)  not null,
    pool_cents  bigint        not null check (pool_cents > 0),
    -- the points a household held at the end of this day
    as_of       date          not null,
    computed_by bigint        not null,
    computed_name varchar(100) not null,
    computed_at timestamptz   not null
);
create table points_dividend_share (
    dividend_id bigint       not null references points_dividend (id),
    person_id   bigint       not null references person (id),
    name        varchar(100) not null,
    points      bigint       not null,
    cents       bigint       not null,
    remainder_rank int,
    primary key (dividend_id, person_id)
);
