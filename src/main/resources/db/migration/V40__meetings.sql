-- 微治理: meetings and councils (联席会议, 六方会谈, 说事会, 评理会, 听证会, 居民议事会, 业主大会) convened for a region
-- node, with the parties invited, the agenda, who signed in, the minutes, and the decisions that become tracked
-- work with an owner and a limit in working days.
create table meeting (
    id              bigint generated always as identity primary key,
    region_id       bigint        not null references region (id),
    region_path     varchar(400)  not null,
    -- the kind of meeting (SIX_PARTY, JOINT, …); also the "channel" its figures are broken down by
    channel         varchar(24)   not null,
    -- figures need a category (0 is the rollup's "every category"): meetings have one, 1
    category_id     bigint        not null default 1 check (category_id = 1),
    title           varchar(200)  not null,
    place           varchar(200)  not null,
    starts_at       timestamptz   not null,
    convener        varchar(200)  not null,
    -- how many must be present for decisions to be taken
    quorum          int           not null check (quorum >= 1),
    status          varchar(16)   not null,
    -- the code in the sign-in QR code
    sign_in_token   varchar(40)   not null unique,
    minutes         varchar(20000),
    opened_at       timestamptz,
    closed_at       timestamptz,
    cancelled_reason varchar(1000),
    created_by      bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index meeting_region on meeting (region_path text_pattern_ops, starts_at desc);

create table meeting_party (
    id              bigint generated always as identity primary key,
    meeting_id      bigint        not null references meeting (id),
    name            varchar(200)  not null,
    organisation_id bigint references organisation (id)
);
create index meeting_party_meeting on meeting_party (meeting_id);

create table meeting_agenda_item (
    id              bigint generated always as identity primary key,
    meeting_id      bigint        not null references meeting (id),
    position        int           not null,
    title           varchar(500)  not null,
    -- an open request or wish the item is about (its page), or null
    ref_kind        varchar(16),
    ref_id          bigint
);
create index meeting_agenda_meeting on meeting_agenda_item (meeting_id, position);

create table meeting_attendance (
    id              bigint generated always as identity primary key,
    meeting_id      bigint        not null references meeting (id),
    name            varchar(100)  not null,
    party           varchar(200),
    account_id      bigint,
    person_id       bigint references person (id),
    -- QR (scanned on the attendee's phone) or STAFF (signed in by staff)
    how             varchar(8)    not null,
    at              timestamptz   not null,
    recorded_by     varchar(100)  not null
);
create unique index meeting_attendance_account on meeting_attendance (meeting_id, account_id) where account_id is not null;
create unique index meeting_attendance_name on meeting_attendance (meeting_id, name, coalesce(party, ''));

create table meeting_decision (
    id              bigint generated always as identity primary key,
    meeting_id      bigint        not null references meeting (id),
    region_id       bigint        not null references region (id),
    region_path     varchar(400)  not null,
    channel         varchar(24)   not null,
    category_id     bigint        not null default 1 check (category_id = 1),
    text            varchar(2000) not null,
    owner           varchar(200)  not null,
    organisation_id bigint references organisation (id),
    working_days    int           not null,
    due_at          timestamptz   not null,
    status          varchar(16)   not null,
    progress        varchar(2000),
    done_at         timestamptz,
    -- flagged once when its limit passed before it was done
    late            boolean       not null default false,
    created_at      timestamptz   not null
);
create index meeting_decision_meeting on meeting_decision (meeting_id);
create index meeting_decision_region on meeting_decision (region_path text_pattern_ops, created_at desc);
create index meeting_decision_due on meeting_decision (due_at) where status = 'OPEN' and not late;

create table meeting_event (
    id          bigint generated always as identity primary key,
    owner_id    bigint        not null references meeting (id),
    part_id     bigint,
    at          timestamptz   not null,
    actor_id    bigint        not null,
    actor_name  varchar(100)  not null,
    kind        varchar(32)   not null,
    note        varchar(4000),
    public      boolean       not null default true,
    on_behalf   boolean       not null default false
);
create index meeting_event_owner on meeting_event (owner_id, at);
