-- 活动台账: the activities ledger — cultural events, door-to-door service sessions, service squads' services,
-- trainings, job fairs, volunteer activities — who organised, where, when, who took part (counted, or signed in
-- one by one), photos. A fair or training held elsewhere in the platform arrives here once (source, source_id).
create table activity (
    id            bigint generated always as identity primary key,
    region_id     bigint        not null references region (id),
    region_path   varchar(400)  not null,
    -- the kind (1 cultural, 2 door-to-door, 3 squad service, 4 training, 5 job fair, 6 volunteer, 7 other)
    category_id   bigint        not null check (category_id between 1 and 7),
    -- how the participants are known: COUNTED (a number) or SIGNED_IN (people signed in one by one)
    channel       varchar(16)   not null,
    title         varchar(200)  not null,
    organiser     varchar(200)  not null,
    team_id       bigint references team (id),
    place         varchar(200)  not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null check (ends_at >= starts_at),
    participants  int           not null default 0 check (participants between 0 and 1000000),
    note          varchar(4000),
    source        varchar(32),
    source_id     bigint,
    created_by    bigint        not null,
    recorded_at   timestamptz   not null,
    -- an activity counts on the day it began
    created_at    timestamptz   generated always as (starts_at) stored,
    unique (source, source_id)
);
create index activity_region on activity (region_path text_pattern_ops, starts_at desc);

create table activity_participant (
    activity_id   bigint        not null references activity (id),
    person_id     bigint        not null references person (id),
    signed_at     timestamptz   not null,
    signed_by     varchar(100)  not null,
    primary key (activity_id, person_id)
);
