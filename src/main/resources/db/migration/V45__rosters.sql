-- 自治力量名册: members of self-governance at a region node, and what each did.
create table roster_member (
    id            bigint generated always as identity primary key,
    region_id     bigint        not null references region (id),
    region_path   varchar(400)  not null,
    -- the role (1-3 red stewards of street, community, compound; 4-6 courtyard, building, unit heads; 7 capable
    -- residents; 8 red-property party members; 9 owners' committee members): figures by category
    category_id   bigint        not null check (category_id between 1 and 9),
    -- how they came to it (ELECTED, APPOINTED, RECOMMENDED, VOLUNTEERED): figures by channel
    channel       varchar(16)   not null,
    name          varchar(100)  not null,
    phone         varchar(32),
    person_id     bigint references person (id),
    since         date          not null,
    status        varchar(16)   not null,
    ended_reason  varchar(1000),
    ended_at      timestamptz,
    created_by    bigint        not null,
    -- when the member was recorded: the day their figures count them appointed
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index roster_member_region on roster_member (region_path text_pattern_ops, category_id);
create index roster_member_person on roster_member (person_id) where person_id is not null;

create table roster_activity (
    id             bigint generated always as identity primary key,
    member_id      bigint        not null references roster_member (id),
    region_id      bigint        not null references region (id),
    region_path    varchar(400)  not null,
    -- the member's role when it happened
    category_id    bigint        not null check (category_id between 1 and 9),
    -- what it was (VISIT, SERVICE, PROBLEM, MEDIATION, MEETING, OTHER)
    channel        varchar(16)   not null,
    note           varchar(1000) not null,
    served         int           not null default 0 check (served >= 0),
    -- the member's first activity of that month: counting these counts the members active in a month
    first_in_month boolean       not null,
    month          date          not null,
    created_by     bigint        not null,
    recorded_by    varchar(100)  not null,
    -- the moment it happened (noon of its day): the day its figures count it
    created_at     timestamptz   not null,
    recorded_at    timestamptz   not null
);
create index roster_activity_member on roster_activity (member_id, created_at desc);
create index roster_activity_region on roster_activity (region_path text_pattern_ops, created_at desc);
create unique index roster_activity_first on roster_activity (member_id, month) where first_in_month;
