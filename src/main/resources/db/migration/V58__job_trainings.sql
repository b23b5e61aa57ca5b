-- 订单式、定向式、定岗式培训: targeted trainings, each with its employer (the order) where there is one, its capacity,
-- the seekers enrolled, its sessions (场次, each with who attended: the activities ledger counts them) and completions
-- with a certificate; a placement records whether the seeker had completed a training before the hire.
create table job_training (
    id            bigint generated always as identity primary key,
    region_id     bigint        not null references region (id),
    region_path   varchar(400)  not null,
    title         varchar(200)  not null,
    -- ORDER (订单式: trained for an employer's order), DIRECTED (定向式: for a trade), POST (定岗式: for a post): channel
    kind          varchar(16)   not null,
    channel       varchar(16)   generated always as (kind) stored,
    employer_id   bigint references organisation (id),
    occupation    varchar(16)   not null references job_occupation (code),
    category_id   bigint        not null,
    capacity      int           not null check (capacity between 1 and 1000),
    starts_on     date          not null,
    ends_on       date          not null check (ends_on >= starts_on),
    place         varchar(200)  not null,
    -- OPEN (enrolling and running), FINISHED
    status        varchar(16)   not null,
    created_by    bigint        not null,
    planned_at    timestamptz   not null,
    -- a training counts on the day it starts
    created_at    timestamptz   not null
);
create index job_training_region on job_training (region_path text_pattern_ops, created_at desc);

create table job_training_enrolment (
    id            bigint generated always as identity primary key,
    training_id   bigint        not null references job_training (id),
    seeker_id     bigint        not null references job_seeker (id),
    region_path   varchar(400)  not null,
    category_id   bigint        not null,
    channel       varchar(16)   not null,
    -- ENROLLED, COMPLETED (with a certificate), DROPPED
    status        varchar(16)   not null,
    attended      int           not null default 0,
    certificate   varchar(32) unique,
    completed_at  timestamptz,
    created_by    bigint        not null,
    created_at    timestamptz   not null,
    unique (training_id, seeker_id)
);
create index job_training_enrolment_region on job_training_enrolment (region_path text_pattern_ops, created_at desc);

create table job_training_session (
    id            bigint generated always as identity primary key,
    training_id   bigint        not null references job_training (id),
    held_at       timestamptz   not null,
    topic         varchar(200)  not null,
    attended      int           not null,
    recorded_by   bigint        not null,
    recorded_at   timestamptz   not null
);
create index job_training_session_training on job_training_session (training_id, held_at);

create table job_training_attendance (
    session_id    bigint        not null references job_training_session (id),
    enrolment_id  bigint        not null references job_training_enrolment (id),
    primary key (session_id, enrolment_id)
);

alter table job_placement add column after_training boolean not null default false;
