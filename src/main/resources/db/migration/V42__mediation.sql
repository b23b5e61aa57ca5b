-- 矛盾纠纷调解: one row per case with its parties, mediator, clocks and outcome; its timeline holds the sessions
-- (笔录), objections, extensions and visits.
create table mediation (
    id                   bigint generated always as identity primary key,
    region_id            bigint        not null references region (id),
    region_path          varchar(400)  not null,
    -- the kind of dispute as a number (1 property, 2 neighbours, 3 family, 4 labour, 5 other): figures by category
    category_id          bigint        not null check (category_id between 1 and 5),
    -- where it came from (VISIT, PHONE, PATROL, COURT, POLICE, PETITION, REQUEST): figures by channel
    channel              varchar(16)   not null,
    applicant            varchar(100)  not null,
    applicant_phone      varchar(32),
    respondent           varchar(100)  not null,
    respondent_phone     varchar(32),
    facts                varchar(4000) not null,
    status               varchar(16)   not null,
    mediator             varchar(100),
    mediator_person_id   bigint references person (id),
    accepted_at          timestamptz,
    due_at               timestamptz,
    extended_days        int           not null default 0,
    -- flagged once when the clock ran out before the case was handled
    late                 boolean       not null default false,
    -- AGREED or FAILED, once handled
    outcome              varchar(16),
    handled_at           timestamptz,
    terms                varchar(4000),
    performance_how      varchar(1000),
    guidance             varchar(1000),
    confirmation_due     date,
    confirmation_applied date,
    confirmation_late    boolean       not null default false,
    performance          varchar(16),
    closed_at            timestamptz,
    created_by           bigint        not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);
create index mediation_region on mediation (region_path text_pattern_ops, created_at desc);
create index mediation_due on mediation (due_at) where status = 'ACCEPTED' and not late;

create table mediation_event (
    id          bigint generated always as identity primary key,
    owner_id    bigint        not null references mediation (id),
    part_id     bigint,
    at          timestamptz   not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    kind        varchar(32)   not null,
    note        varchar(4000),
    public      boolean       not null default true,
    on_behalf   boolean       not null default false
);
create index mediation_event_owner on mediation_event (owner_id, at);
