-- Micro-requests (微诉求) in the five-order loop: the category dictionary (also the Open311 service list), time
-- limits in working days, the working-day calendar, requests, their parts (the units a request was dispatched
-- or summoned to), the timeline, ratings of units, reply templates, client systems and idempotent intake.

create table request_category (
    id            bigint generated always as identity primary key,
    -- also the Open311 service_code
    code          varchar(32)   not null unique,
    name_zh       varchar(50)   not null,
    name_en       varchar(80)   not null,
    description   varchar(500)  not null default '',
    -- Open311 group and keywords
    grp           varchar(50)   not null default '',
    keywords      varchar(200)  not null default '',
    -- Open311 attributes of the service definition: [{code, datatype, required, description, order, values:[{key,name}]}]
    attributes    jsonb         not null default '[]',
    sort          int           not null default 0,
    active        boolean       not null default true
);

insert into request_category (code, name_zh, name_en, description, grp, keywords, sort, attributes) values
 ('ENVIRONMENT', '环境卫生', 'Environment and sanitation', '垃圾清运、卫生死角、绿化养护', 'sanitation', '垃圾,卫生,绿化', 1, '[]'),
 ('PROPERTY', '物业管理', 'Property management', '物业服务、电梯、停车、公共维修', 'property', '物业,电梯,停车', 2, '[]'),
 ('MUNICIPAL', '市政设施', 'Municipal facilities', '路灯、井盖、道路破损、管网', 'infrastructure', '路灯,井盖,道路', 3,
  '[{"code":"FACILITY","datatype":"singlevaluelist","required":false,"description":"设施类型","order":1,"values":[{"key":"LIGHT","name":"路灯"},{"key":"MANHOLE","name":"井盖"},{"key":"ROAD","name":"路面"}]},{"code":"POLE","datatype":"string","required":false,"description":"路灯杆号","order":2,"values":[]}]'),
 ('TRAFFIC', '道路交通', 'Roads and traffic', '占道、乱停车、交通设施', 'infrastructure', '交通,停车,占道', 4, '[]'),
 ('SAFETY', '治安消防', 'Safety and fire', '消防通道、安全隐患、治安', 'safety', '消防,隐患,安全', 5, '[]'),
 ('NOISE', '噪音扰民', 'Noise', '施工、商户、邻里噪音', 'nuisance', '噪音,扰民', 6, '[]'),
 ('NEIGHBOUR', '邻里纠纷', 'Neighbour disputes', '漏水、占用公共空间等邻里矛盾', 'nuisance', '纠纷,漏水', 7, '[]'),
 ('UTILITIES', '供水供暖', 'Water, heating and power', '停水、供暖不热、用电', 'utilities', '供水,供暖,停电', 8, '[]'),
 ('SOCIAL', '社会保障', 'Social security', '低保、医保、养老等政策咨询与办理', 'services', '社保,低保,医保', 9, '[]'),
 ('OTHER', '其他', 'Other', '其他诉求', 'other', '', 10, '[]');

-- Time limits of each step, in working days, by category and urgency; the most specific rule applies.
create table request_time_limit (
    id            bigint generated always as identity primary key,
    category_id   bigint references request_category (id),
    urgency       varchar(16),
    step          varchar(16)  not null,
    working_days  int          not null check (working_days between 1 and 60),
    updated_at    timestamptz  not null default now()
);
-- one rule per category, urgency and step (PostgreSQL 14 has no "nulls not distinct")
create unique index request_time_limit_key on request_time_limit (coalesce(category_id, 0), coalesce(urgency, ''), step);
insert into request_time_limit (category_id, urgency, step, working_days) values
 (null, null, 'ACCEPT', 1), (null, null, 'DISPATCH', 1), (null, null, 'STUDY', 2), (null, null, 'REPORT', 1),
 (null, null, 'CLAIM', 1), (null, null, 'HANDLE', 5),
 (null, 'URGENT', 'HANDLE', 2);

-- The working-day calendar: public holidays and make-up working days (调休), one version per edit of a year; the
-- highest version of a year applies. A day not listed is a working day from Monday to Friday.
create table work_calendar (
    year        int           not null,
    version     int           not null,
    source      varchar(300)  not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    primary key (year, version)
);
create table work_calendar_day (
    year        int           not null,
    version     int           not null,
    day         date          not null,
    -- HOLIDAY: no work on a weekday; WORKDAY: work on a weekend day
    kind        varchar(8)    not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        varchar(50)   not null,
    primary key (year, version, day),
    foreign key (year, version) references work_calendar (year, version)
);

create table request (
    id                  bigint generated always as identity primary key,
    region_id           bigint        not null references region (id),
    region_path         varchar(400)  not null,
    category_id         bigint        not null references request_category (id),
    description         varchar(4000) not null,
    address             varchar(300),
    lat                 double precision,
    lon                 double precision,
    attributes          jsonb         not null default '{}',
    media_url           varchar(500),
    reporter_person_id  bigint references person (id),
    reporter_name       varchar(100),
    reporter_phone      varchar(32),
    channel             varchar(24)   not null,
    urgency             varchar(16)   not null,
    client_id           bigint,
    external_id         varchar(100),
    status              varchar(16)   not null,
    duplicate_of        bigint references request (id),
    accept_due_at       timestamptz   not null,
    -- taken or declined: the response the on-time figure measures
    responded_at        timestamptz,
    accepted_at         timestamptz,
    declined_reason     varchar(1000),
    -- due time of the current step of the request itself (accept, dispatch, study), null when it waits on parts
    due_at              timestamptz,
    warned_for          timestamptz,
    overdue_for         timestamptz,
    escalated           boolean       not null default false,
    escalated_at        timestamptz,
    resolved_at         timestamptz,
    evaluated_at        timestamptz,
    resolved            boolean,
    satisfaction        varchar(24),
    evaluation_comment  varchar(1000),
    reopen_count        int           not null default 0,
    closed_at           timestamptz,
    created_by          bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index request_ledger on request (region_path text_pattern_ops, created_at desc);
create index request_order on request (created_at desc, id desc);
create index request_reporter on request (reporter_person_id) where reporter_person_id is not null;
create index request_due on request (due_at) where due_at is not null;
create index request_duplicate_of on request (duplicate_of) where duplicate_of is not null;
create index request_text_trgm on request using gin (description gin_trgm_ops);

-- The units a request was dispatched to (派单) or summoned to (吹哨): each claims and handles its part.
create table request_part (
    id                  bigint generated always as identity primary key,
    request_id          bigint        not null references request (id),
    -- DISPATCHED by the community, or SUMMONED by the street
    role                varchar(16)   not null,
    organisation_id     bigint references organisation (id),
    team_id             bigint references team (id),
    person_id           bigint references person (id),
    unit_name           varchar(200)  not null,
    task                varchar(1000),
    status              varchar(16)   not null,
    report_due_at       timestamptz,
    reported_at         timestamptz,
    claimed_at          timestamptz,
    claimed_by          varchar(100),
    done_at             timestamptz,
    due_at              timestamptz,
    warned_for          timestamptz,
    overdue_for         timestamptz,
    -- some step of this part missed its limit
    late                boolean       not null default false,
    -- the round of work: parts of earlier rounds stay when a request is reopened
    round               int           not null default 0,
    created_at          timestamptz   not null,
    constraint request_part_one_unit check (num_nonnulls(organisation_id, team_id, person_id) = 1)
);
create index request_part_request on request_part (request_id, id);
create index request_part_org on request_part (organisation_id, status) where organisation_id is not null;
create index request_part_team on request_part (team_id, status) where team_id is not null;
create index request_part_person on request_part (person_id, status) where person_id is not null;
create index request_part_due on request_part (due_at) where status <> 'DONE';

create table request_event (
    id          bigint generated always as identity primary key,
    request_id  bigint        not null references request (id),
    part_id     bigint references request_part (id),
    at          timestamptz   not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    kind        varchar(32)   not null,
    note        varchar(4000),
    -- seen by the resident
    public      boolean       not null
);
create index request_event_request on request_event (request_id, at, id);

-- The resident's rating of each unit that took part.
create table request_rating (
    id          bigint generated always as identity primary key,
    request_id  bigint        not null references request (id),
    part_id     bigint        not null references request_part (id),
    stars       int           not null check (stars between 1 and 5),
    at          timestamptz   not null,
    unique (part_id)
);

create table request_reply_template (
    id            bigint generated always as identity primary key,
    category_id   bigint references request_category (id),
    title         varchar(100)  not null,
    body          varchar(2000) not null,
    active        boolean       not null default true
);
insert into request_reply_template (category_id, title, body)
select id, '已转物业', '您反映的问题已转交物业服务企业处理，处理结果将及时告知您。' from request_category where code = 'PROPERTY'
union all
select id, '已安排清运', '您反映的垃圾问题已安排环卫人员清运，感谢您对社区环境的关心。' from request_category where code = 'ENVIRONMENT'
union all
select id, '已报修', '您反映的设施问题已报市政维修单位，维修人员将在时限内到场处理。' from request_category where code = 'MUNICIPAL'
union all
select null, '正在办理', '您的诉求已受理，正在办理中，我们会随时向您反馈进展。';

-- Systems that push requests (the 12345 hotline, Open311 clients), each with its own key (stored hashed).
create table api_client (
    id              bigint generated always as identity primary key,
    name            varchar(100)  not null unique,
    key_hash        varchar(64)   not null unique,
    key_hint        varchar(8)    not null,
    region_id       bigint        not null references region (id),
    channel         varchar(24)   not null,
    active          boolean       not null default true,
    created_at      timestamptz   not null,
    last_used_at    timestamptz
);

-- One row per idempotency key of a client: a retried or replayed push finds its request here.
create table request_intake (
    client_id        bigint        not null references api_client (id),
    idempotency_key  varchar(200)  not null,
    payload_hash     varchar(64)   not null,
    request_id       bigint references request (id),
    created_at       timestamptz   not null,
    primary key (client_id, idempotency_key)
);

-- Open311 batch tokens: a token stands for a request until the client asks for its id.
create table request_token (
    token       varchar(40)   primary key,
    request_id  bigint        not null references request (id)
);

-- Notices for the handlers of an organisation (a department summoned to a request, say).
alter table notification add column organisation_id bigint;
create index notification_organisation on notification (organisation_id, at desc) where organisation_id is not null;
