-- Micro-wishes (微心愿): an editable dictionary of categories, the wish ledger and every wish's timeline.

create table wish_category (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name_zh     varchar(50)  not null,
    name_en     varchar(80)  not null,
    -- skills that suit the category, matched against teams' and people's skills
    skills      text[]       not null default '{}',
    sort        int          not null default 0,
    active      boolean      not null default true
);

insert into wish_category (code, name_zh, name_en, skills, sort) values
 ('SOCIAL_SECURITY', '社会保障', 'Social security', '{政策咨询,社保}', 1),
 ('HEALTH', '医疗卫生', 'Health care', '{医疗,护理,陪诊}', 2),
 ('LEGAL_AID', '法律援助', 'Legal aid', '{法律咨询,调解}', 3),
 ('ELDER_CARE', '养老助老', 'Care for the elderly', '{陪伴,代购,护理}', 4),
 ('DISABILITY', '助残帮扶', 'Help for the disabled', '{陪伴,康复,护理}', 5),
 ('REPAIR', '维修家具家电', 'Repair of furniture and appliances', '{维修家电,维修家具,水电维修,电路维修}', 6),
 ('FINDING_PEOPLE', '寻亲寻友', 'Finding old comrades and relatives', '{寻人}', 7),
 ('ERRANDS', '代办跑腿', 'Errands', '{跑腿服务,代购}', 8),
 ('EMPLOYMENT', '就业创业', 'Jobs and start-ups', '{就业指导,技能培训}', 9),
 ('EDUCATION', '教育助学', 'Education', '{辅导,国家通用语言培训}', 10),
 ('HOUSING', '住房安居', 'Housing', '{政策咨询,维修家具}', 11),
 ('CULTURE', '文体活动', 'Culture and sport', '{文艺,体育}', 12),
 ('PSYCHOLOGY', '心理疏导', 'Counselling', '{心理疏导}', 13),
 ('ENVIRONMENT', '环境卫生', 'Environment and hygiene', '{环境整治}', 14),
 ('OTHER', '其他', 'Other', '{}', 15);

create table wish (
    id                  bigint generated always as identity primary key,
    region_id           bigint       not null references region (id),
    region_path         varchar(400) not null,
    beneficiary_id      bigint       not null references person (id),
    -- copied from the beneficiary at collection: wishes of residents with care tags come first
    priority            boolean      not null,
    description         varchar(2000) not null,
    category_id         bigint       not null references wish_category (id),
    urgency             varchar(16)  not null,
    difficulty          varchar(16)  not null,
    due_date            date,
    channel             varchar(16)  not null,
    status              varchar(16)  not null,
    claimant_team_id    bigint references team (id),
    claimant_person_id  bigint references person (id),
    claimed_at          timestamptz,
    contact_due_at      timestamptz,
    contacted_at        timestamptz,
    committed_date      date,
    completed_at        timestamptz,
    evaluation          varchar(16),
    evaluated_at        timestamptz,
    contact_overdue     boolean      not null default false,
    completion_overdue  boolean      not null default false,
    praised             boolean      not null default false,
    reopen_count        int          not null default 0,
    created_by          bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint wish_one_claimant check (claimant_team_id is null or claimant_person_id is null)
);
create index wish_ledger on wish (region_path text_pattern_ops, created_at desc);
create index wish_queue on wish (status, priority desc, created_at);
create index wish_beneficiary on wish (beneficiary_id);
create index wish_claimant_team on wish (claimant_team_id) where claimant_team_id is not null;
create index wish_claimant_person on wish (claimant_person_id) where claimant_person_id is not null;
create index wish_contact_due on wish (contact_due_at) where status = 'CLAIMED' and not contact_overdue;
create index wish_committed_due on wish (committed_date) where status = 'IN_PROGRESS' and not completion_overdue;

-- The timeline of a wish: who did what, when and why.
create table wish_event (
    id          bigint generated always as identity primary key,
    wish_id     bigint       not null references wish (id),
    at          timestamptz  not null,
    actor_id    bigint       not null,
    actor_name  varchar(100) not null,
    kind        varchar(32)  not null,
    note        varchar(2000),
    by_worker   boolean      not null default false
);
create index wish_event_wish on wish_event (wish_id, at, id);

-- In-app notifications, for any module.
create table notification (
    id          bigint generated always as identity primary key,
    account_id  bigint,
    person_id   bigint,
    region_path varchar(400),
    at          timestamptz  not null,
    message_key varchar(100) not null,
    args        text[]       not null default '{}',
    link        varchar(300),
    read_at     timestamptz
);
create index notification_person on notification (person_id, at desc) where person_id is not null;
create index notification_region on notification (region_path text_pattern_ops, at desc) where region_path is not null;
