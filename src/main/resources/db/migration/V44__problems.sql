-- 问题大盘点 → 治理清单: problems found in compounds (by walks, meetings, residents, inspections), each put on the
-- governance list with an owner and a limit on the working-day calendar and tracked to done; the timeline holds
-- the progress notes, reassignments, reopenings and the sweep's overdue flags.
create table problem (
    id            bigint generated always as identity primary key,
    region_id     bigint        not null references region (id),
    region_path   varchar(400)  not null,
    -- what it is about (1 environment, 2 facilities, 3 safety, 4 parking, 5 property management, 6 other):
    -- figures by category
    category_id   bigint        not null check (category_id between 1 and 6),
    -- how it was found (WALK, MEETING, RESIDENT, INSPECTION, REQUEST): figures by channel
    channel       varchar(16)   not null,
    title         varchar(200)  not null,
    description   varchar(4000) not null,
    found_by      varchar(100)  not null,
    status        varchar(16)   not null,
    owner         varchar(200),
    organisation_id bigint references organisation (id),
    assigned_at   timestamptz,
    due_at        timestamptz,
    -- flagged once when its limit passed before it was done
    late          boolean       not null default false,
    result        varchar(2000),
    done_at       timestamptz,
    dropped_reason varchar(1000),
    created_by    bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index problem_region on problem (region_path text_pattern_ops, created_at desc);
create index problem_due on problem (due_at) where status = 'ASSIGNED' and not late;

create table problem_event (
    id          bigint generated always as identity primary key,
    owner_id    bigint        not null references problem (id),
    part_id     bigint,
    at          timestamptz   not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    kind        varchar(32)   not null,
    note        varchar(4000),
    public      boolean       not null default true,
    on_behalf   boolean       not null default false
);
create index problem_event_owner on problem_event (owner_id, at);
