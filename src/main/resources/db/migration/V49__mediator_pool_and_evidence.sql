-- 调解员库: who may mediate, for a node and everything under it, drawn from which body (the community's
-- committee, the court, the procuratorate, petitions, labour arbitration, the police station, lawyers), where
-- they work and the kinds of dispute they take. Suggestions for a case are ranked from here (kind, place, open
-- cases); a mediator who works for a party is never suggested for that party's dispute.
create table mediator (
    id          bigint generated always as identity primary key,
    region_id   bigint        not null references region (id),
    region_path varchar(400)  not null,
    name        varchar(100)  not null,
    body        varchar(16)   not null,
    -- where they work (a property company's staff appointed to the community, say): a dispute with it is theirs
    unit        varchar(100),
    -- the kinds of dispute they take, e.g. 'PROPERTY,NEIGHBOUR'
    kinds       varchar(100)  not null,
    active      boolean       not null default true,
    created_by  bigint        not null,
    created_at  timestamptz   not null
);
create index mediator_region on mediator (region_path text_pattern_ops) where active;

alter table mediation add column mediator_id bigint references mediator (id);
create index mediation_mediator_open on mediation (mediator_id) where status in ('MEDIATING', 'ACCEPTED');

-- A mediator a party objected to in a case: never suggested nor assigned to that case again.
create table mediation_recusal (
    id            bigint generated always as identity primary key,
    mediation_id  bigint        not null references mediation (id),
    mediator_name varchar(100)  not null,
    party         varchar(100)  not null,
    reason        varchar(1000) not null,
    at            timestamptz   not null
);
create index mediation_recusal_case on mediation_recusal (mediation_id);

-- What an attachment is (a mediation's evidence: 缴费单, 现场照片 …); photos of wishes and requests have none.
alter table attachment add column caption varchar(200);
