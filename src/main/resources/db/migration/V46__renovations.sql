-- 老旧小区改造: a project per compound (or node) with its plan, the households' consent, the works' progress and
-- acceptance; its timeline holds the consultations, counts, progress notes (shown to residents) and acceptance.
create table renovation (
    id               bigint generated always as identity primary key,
    region_id        bigint         not null references region (id),
    region_path      varchar(400)   not null,
    -- the kind of works (1 basic, 2 completing, 3 upgrading): figures by category
    category_id      bigint         not null check (category_id between 1 and 3),
    -- who pays (GOVERNMENT, RESIDENTS, SOCIAL, MIXED): figures by channel
    channel          varchar(16)    not null,
    title            varchar(200)   not null,
    plan             varchar(4000)  not null,
    households       int            not null check (households > 0),
    budget           numeric(14, 2) check (budget >= 0),
    status           varchar(16)    not null,
    consent_for      int,
    consent_against  int,
    consulted_at     timestamptz,
    progress         int            not null default 0 check (progress between 0 and 100),
    inspector        varchar(100),
    accepted_at      timestamptz,
    created_by       bigint         not null,
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null
);
create index renovation_region on renovation (region_path text_pattern_ops, created_at desc);

create table renovation_event (
    id          bigint generated always as identity primary key,
    owner_id    bigint        not null references renovation (id),
    part_id     bigint,
    at          timestamptz   not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    kind        varchar(32)   not null,
    note        varchar(4000),
    public      boolean       not null default true,
    on_behalf   boolean       not null default false
);
create index renovation_event_owner on renovation_event (owner_id, at);
