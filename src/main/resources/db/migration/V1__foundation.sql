-- Siwei foundation: the region tree, organisations, teams, people, posts, pairings, accounts, audit trail.
create extension if not exists pg_trgm;

-- Every region-owned record carries region_path (a copy of its node's materialised path) so that
-- "everything under a node" is one index range scan, never a recursive walk.

create table region (
    id          bigint generated always as identity primary key,
    parent_id   bigint references region (id),
    level       smallint     not null check (level between 1 and 7),
    code        varchar(32)  not null,
    name        varchar(100) not null,
    path        varchar(400) not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint region_code_unique unique (code),
    constraint region_path_unique unique (path),
    constraint region_parent_level check ((parent_id is null) = (level = 1))
);
create index region_path_prefix on region (path text_pattern_ops);
create index region_parent on region (parent_id, name);
create index region_name_trgm on region using gin (name gin_trgm_ops);

create table organisation (
    id           bigint generated always as identity primary key,
    region_id    bigint       not null references region (id),
    region_path  varchar(400) not null,
    kind         varchar(32)  not null,
    name         varchar(200) not null,
    phone        varchar(32),
    note         varchar(1000),
    active       boolean      not null default true,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create index organisation_region_path on organisation (region_path text_pattern_ops, name);
create index organisation_name_trgm on organisation using gin (name gin_trgm_ops);
create index organisation_kind on organisation (kind);

create table team (
    id               bigint generated always as identity primary key,
    region_id        bigint       not null references region (id),
    region_path      varchar(400) not null,
    organisation_id  bigint references organisation (id),
    kind             varchar(32)  not null,
    name             varchar(200) not null,
    skills           text[]       not null default '{}',
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index team_region_path on team (region_path text_pattern_ops, name);
create index team_skills on team using gin (skills);

-- The regions a team serves (its service area), beyond the node it belongs to.
create table team_service_region (
    team_id    bigint not null references team (id),
    region_id  bigint not null references region (id),
    primary key (team_id, region_id)
);

create table person (
    id           bigint generated always as identity primary key,
    region_id    bigint       not null references region (id),
    region_path  varchar(400) not null,
    name         varchar(100) not null,
    gender       varchar(8),
    birth_date   date,
    phone        varchar(32),
    id_number    varchar(18),
    address      varchar(300),
    care_tags    text[]       not null default '{}',
    party_member boolean      not null default false,
    volunteer    boolean      not null default false,
    skills       text[]       not null default '{}',
    active       boolean      not null default true,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create index person_region_path on person (region_path text_pattern_ops, name);
create index person_name_trgm on person using gin (name gin_trgm_ops);
create index person_care_tags on person using gin (care_tags);
create unique index person_id_number_unique on person (id_number) where id_number is not null;

create table team_member (
    team_id    bigint      not null references team (id),
    person_id  bigint      not null references person (id),
    joined_on  date        not null,
    active     boolean     not null default true,
    primary key (team_id, person_id)
);
create index team_member_person on team_member (person_id);

-- A person's post in an organisation; a person may hold many (交叉任职 is two posts at once).
create table post (
    id               bigint generated always as identity primary key,
    person_id        bigint       not null references person (id),
    organisation_id  bigint       not null references organisation (id),
    title            varchar(100) not null,
    started_on       date         not null,
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create index post_person on post (person_id);
create index post_organisation on post (organisation_id);

-- 1+1: a capable person (能人) looks after an elderly or vulnerable resident.
create table care_pairing (
    id          bigint generated always as identity primary key,
    helper_id   bigint      not null references person (id),
    resident_id bigint      not null references person (id),
    since       date        not null,
    note        varchar(500),
    active      boolean     not null default true,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint care_pairing_distinct check (helper_id <> resident_id)
);
create unique index care_pairing_active on care_pairing (helper_id, resident_id) where active;
create index care_pairing_resident on care_pairing (resident_id);

-- A liaison unit (联点单位) paired with a community.
create table liaison (
    id               bigint generated always as identity primary key,
    organisation_id  bigint      not null references organisation (id),
    community_id     bigint      not null references region (id),
    since            date        not null,
    active           boolean     not null default true,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create unique index liaison_active on liaison (organisation_id, community_id) where active;

create table account (
    id               bigint generated always as identity primary key,
    username         varchar(64)  not null,
    password_hash    varchar(200) not null,
    display_name     varchar(100) not null,
    role             varchar(32)  not null,
    region_id        bigint       not null references region (id),
    region_path      varchar(400) not null,
    organisation_id  bigint references organisation (id),
    person_id        bigint references person (id),
    locale           varchar(8)   not null default 'zh-CN',
    failed_logins    int          not null default 0,
    locked_until     timestamptz,
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint account_username_unique unique (username)
);
create index account_region_path on account (region_path text_pattern_ops);

create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null,
    actor_id     bigint       not null,
    actor_name   varchar(100) not null,
    action       varchar(32)  not null,
    entity_type  varchar(32)  not null,
    entity_id    bigint       not null,
    region_path  varchar(400) not null,
    before       jsonb,
    after        jsonb,
    reason       varchar(500)
);
create index audit_event_at on audit_event (at desc);
create index audit_event_entity on audit_event (entity_type, entity_id, at desc);
create index audit_event_actor on audit_event (actor_id, at desc);
create index audit_event_region on audit_event (region_path text_pattern_ops);
