-- 微服务·就业: employers' vacancies at a node of the region tree, job seekers (residents who want work, with their
-- consent before anything is shared with an employer), applications in states, job fairs with booths,
-- pre-registration, QR check-in, a queue per booth and intent-to-hire, and placements re-checked at 30 and 90 days.
-- Each table carries region_path, created_at, category_id and channel for the figures.

-- the occupation dictionary (GB/T 6565 major groups, the community jobs canvassed door to door beneath them)
create table job_occupation (
    code       varchar(16)  primary key,
    name       varchar(100) not null,
    -- the major group (1-8): the vacancies' and placements' category
    grp        int          not null check (grp between 1 and 8)
);
insert into job_occupation (code, name, grp) values
    ('2-02', '工程技术人员', 2), ('2-06', '会计与统计人员', 2), ('2-08', '教学人员', 2), ('2-05', '卫生专业技术人员', 2),
    ('3-01', '行政办事员', 3), ('3-02', '安保人员（保安员）', 3),
    ('4-01', '批发与零售服务人员（营业员、收银员）', 4), ('4-02', '交通运输与仓储人员（快递员、仓管员）', 4),
    ('4-03', '住宿与餐饮服务人员（厨师、服务员）', 4), ('4-07', '物业管理人员', 4), ('4-09', '保洁员', 4),
    ('4-10', '家政服务员', 4), ('4-10-01', '养老护理员', 4), ('4-10-02', '育婴员', 4), ('4-12', '汽车与家电维修人员', 4),
    ('5-01', '农业生产人员', 5), ('5-03', '畜牧业生产人员', 5),
    ('6-07', '纺织服装制作人员', 6), ('6-23', '电工', 6), ('6-25', '焊工', 6), ('6-29', '建筑施工人员', 6),
    ('6-30', '驾驶员', 6), ('6-31', '石油开采与炼化操作工', 6),
    ('8-01', '其他从业人员（灵活就业）', 8);

create table job_vacancy (
    id            bigint generated always as identity primary key,
    employer_id   bigint        not null references organisation (id),
    region_id     bigint        not null references region (id),
    region_path   varchar(400)  not null,
    occupation    varchar(16)   not null references job_occupation (code),
    category_id   bigint        not null,
    title         varchar(200)  not null,
    pay_min       int           not null check (pay_min >= 0),
    pay_max       int           not null check (pay_max >= pay_min),
    -- FULL_TIME, PART_TIME, SHIFTS, FLEXIBLE: the vacancies' channel
    hours         varchar(16)   not null,
    channel       varchar(16)   generated always as (hours) stored,
    skills        text[]        not null default '{}',
    places        int           not null check (places between 1 and 10000),
    filled        int           not null default 0,
    description   varchar(4000),
    -- OPEN, FILLED (every place taken), CLOSED (withdrawn by the employer or staff, with the reason)
    status        varchar(16)   not null,
    closed_reason varchar(1000),
    created_by    bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index job_vacancy_region on job_vacancy (region_path text_pattern_ops, created_at desc);
create index job_vacancy_employer on job_vacancy (employer_id, status);

create table job_seeker (
    id            bigint generated always as identity primary key,
    person_id     bigint        not null unique references person (id),
    region_path   varchar(400)  not null,
    skills        text[]        not null default '{}',
    -- occupations wished for (codes)
    wishes        text[]        not null default '{}',
    hours         varchar(16)   not null,
    -- care tags of employment assistance (DISABLED, ZERO_EMPLOYMENT_FAMILY, RELEASED, LONG_UNEMPLOYED, GRADUATE,
    -- LOW_INCOME, VETERAN): staff only, never shown to an employer; the first one is the seekers' category
    care          text[]        not null default '{}',
    category_id   bigint        not null,
    available_from date         not null,
    -- consent to share name, skills and wishes with employers: who recorded it, when, how (the seekers' channel)
    consent_at    timestamptz,
    consent_by    varchar(100),
    channel       varchar(16)   not null,
    -- ACTIVE, PLACED, WITHDRAWN
    status        varchar(16)   not null,
    created_by    bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index job_seeker_region on job_seeker (region_path text_pattern_ops, created_at desc);

create table job_fair (
    id            bigint generated always as identity primary key,
    region_id     bigint        not null references region (id),
    region_path   varchar(400)  not null,
    title         varchar(200)  not null,
    -- OFFLINE (in a community: booths, check-in, queues) or ONLINE (a time-boxed list of vacancies)
    kind          varchar(16)   not null,
    channel       varchar(16)   generated always as (kind) stored,
    category_id   bigint        not null default 1,
    place         varchar(200),
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null check (ends_at > starts_at),
    -- PLANNED, HELD (closed after it ended, its counts kept), CANCELLED
    status        varchar(16)   not null,
    registered    int           not null default 0,
    checked_in    int           not null default 0,
    intents       int           not null default 0,
    created_by    bigint        not null,
    planned_at    timestamptz   not null,
    -- a fair counts on the day it opens
    created_at    timestamptz   generated always as (starts_at) stored
);
create index job_fair_region on job_fair (region_path text_pattern_ops, starts_at desc);

create table job_fair_booth (
    id            bigint generated always as identity primary key,
    fair_id       bigint        not null references job_fair (id),
    employer_id   bigint        not null references organisation (id),
    number        int           not null,
    unique (fair_id, employer_id),
    unique (fair_id, number)
);

-- a vacancy offered at a fair (an online fair is its list of vacancies)
create table job_fair_vacancy (
    fair_id       bigint        not null references job_fair (id),
    vacancy_id    bigint        not null references job_vacancy (id),
    primary key (fair_id, vacancy_id)
);

create table job_fair_registration (
    id            bigint generated always as identity primary key,
    fair_id       bigint        not null references job_fair (id),
    seeker_id     bigint        not null references job_seeker (id),
    -- what the check-in scans
    token         varchar(16)   not null unique,
    registered_at timestamptz   not null,
    checked_in_at timestamptz,
    unique (fair_id, seeker_id)
);

-- the queue at a booth: joined, called, then seen (with or without an intent to hire)
create table job_booth_queue (
    id            bigint generated always as identity primary key,
    booth_id      bigint        not null references job_fair_booth (id),
    registration_id bigint      not null references job_fair_registration (id),
    joined_at     timestamptz   not null,
    called_at     timestamptz,
    seen_at       timestamptz,
    unique (booth_id, registration_id)
);
create index job_booth_queue_waiting on job_booth_queue (booth_id, joined_at) where seen_at is null;

create table job_application (
    id            bigint generated always as identity primary key,
    vacancy_id    bigint        not null references job_vacancy (id),
    seeker_id     bigint        not null references job_seeker (id),
    region_path   varchar(400)  not null,
    category_id   bigint        not null,
    -- who sent it: SEEKER, STAFF (a referral), EMPLOYER (invited), FAIR (intent to hire at a booth): the channel
    channel       varchar(16)   not null,
    fair_id       bigint references job_fair (id),
    -- APPLIED, VIEWED, INTERVIEW, OFFERED, HIRED, REFUSED, CLOSED
    status        varchar(16)   not null,
    refusal       varchar(32),
    refusal_note  varchar(1000),
    created_by    bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    unique (vacancy_id, seeker_id)
);
create index job_application_region on job_application (region_path text_pattern_ops, created_at desc);
create index job_application_stale on job_application (updated_at) where status in ('APPLIED', 'VIEWED', 'INTERVIEW', 'OFFERED');

create table job_application_event (
    id          bigint generated always as identity primary key,
    owner_id    bigint        not null references job_application (id),
    part_id     bigint,
    at          timestamptz   not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    kind        varchar(32)   not null,
    note        varchar(4000),
    public      boolean       not null default true,
    on_behalf   boolean       not null default false
);
create index job_application_event_owner on job_application_event (owner_id, at);

-- 就业: confirmed at hire, re-checked at 30 and 90 days (still in work?) — what "into work" means in the figures
create table job_placement (
    id            bigint generated always as identity primary key,
    application_id bigint       not null unique references job_application (id),
    seeker_id     bigint        not null references job_seeker (id),
    vacancy_id    bigint        not null references job_vacancy (id),
    employer_id   bigint        not null references organisation (id),
    region_path   varchar(400)  not null,
    category_id   bigint        not null,
    -- how the placement came: APPLICATION or FAIR
    channel       varchar(16)   not null,
    hired_on      date          not null,
    created_at    timestamptz   not null,
    -- IN_WORK, LEFT, UNREACHABLE; null until checked
    check30       varchar(16),
    check30_at    timestamptz,
    check30_by    varchar(100),
    check90       varchar(16),
    check90_at    timestamptz,
    check90_by    varchar(100)
);
create index job_placement_region on job_placement (region_path text_pattern_ops, created_at desc);
