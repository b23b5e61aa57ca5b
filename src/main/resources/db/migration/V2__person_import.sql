-- Imports of residents from .xlsx: every row is staged and checked before anything is saved, so that a user
-- sees a row-by-row error report and chooses to save every valid row or nothing.

create table person_import (
    id              bigint generated always as identity primary key,
    account_id      bigint       not null,
    scope_path      varchar(400) not null,
    file_name       varchar(300) not null,
    status          varchar(16)  not null,
    total_rows      int          not null default 0,
    valid_rows      int          not null default 0,
    invalid_rows    int          not null default 0,
    committed_rows  int          not null default 0,
    failure         varchar(500),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index person_import_account on person_import (account_id, created_at desc);

create table person_import_row (
    import_id     bigint       not null references person_import (id),
    row_no        int          not null,
    name          varchar(100),
    gender        varchar(8),
    birth_date    date,
    phone         varchar(32),
    id_number     varchar(18),
    address       varchar(300),
    region_id     bigint,
    region_path   varchar(400),
    care_tags     text[]       not null default '{}',
    party_member  boolean      not null default false,
    volunteer     boolean      not null default false,
    skills        text[]       not null default '{}',
    -- each problem as "field|message key|argument"; empty when the row is valid
    errors        text[]       not null default '{}',
    primary key (import_id, row_no)
);
create index person_import_row_id_number on person_import_row (import_id, id_number);

alter table person add column import_id bigint references person_import (id);
