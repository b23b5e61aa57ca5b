-- Owners' votes of an owners' general meeting (业主大会), Civil Code art. 278: the exclusive parts of a compound
-- with their floor area and owner, the matters put to the vote, and each part's vote with where it came from.
-- A matter's result is computed once from its votes and then frozen: neither it nor its votes can change.
create table owner_unit (
    id              bigint generated always as identity primary key,
    compound_id     bigint         not null references region (id),
    region_path     varchar(400)   not null,
    label           varchar(100)   not null,
    area            numeric(10, 2) not null check (area > 0),
    -- the owner by name: parts of one owner (and the developer's unsold parts) share it and count as one head
    owner           varchar(100)   not null,
    created_at      timestamptz    not null,
    unique (compound_id, label)
);

create table meeting_matter (
    id              bigint generated always as identity primary key,
    meeting_id      bigint         not null references meeting (id),
    title           varchar(500)   not null,
    -- art. 278 items 6–8 (maintenance funds, rebuilding, changing the use of common parts): three quarters
    major           boolean        not null,
    status          varchar(16)    not null,
    total_area      numeric(14, 2),
    total_owners    int,
    voting_area     numeric(14, 2),
    voting_owners   int,
    yes_area        numeric(14, 2),
    yes_owners      int,
    participated    boolean,
    passed          boolean,
    decided_at      timestamptz,
    created_at      timestamptz    not null
);
create index meeting_matter_meeting on meeting_matter (meeting_id);

create table meeting_vote (
    id              bigint generated always as identity primary key,
    matter_id       bigint         not null references meeting_matter (id),
    owner_unit_id   bigint         not null references owner_unit (id),
    -- YES, NO or ABSTAIN
    choice          varchar(8)     not null,
    -- ONSITE, ONLINE or LETTER (书面)
    source          varchar(8)     not null,
    recorded_by     varchar(100)   not null,
    at              timestamptz    not null,
    unique (matter_id, owner_unit_id)
);

-- a decided matter and its votes are frozen: the result stands as computed
create function meeting_matter_frozen() returns trigger language plpgsql as $$
declare mid bigint;
begin
    if tg_table_name = 'meeting_matter' then
        if old.status = 'DECIDED' then
            raise exception 'the result of matter % is decided and cannot change', old.id;
        end if;
    else
        if tg_op = 'DELETE' then mid := old.matter_id; else mid := new.matter_id; end if;
        if exists (select 1 from meeting_matter m where m.id = mid and m.status = 'DECIDED')
           or (tg_op = 'UPDATE' and exists (select 1 from meeting_matter m where m.id = old.matter_id and m.status = 'DECIDED')) then
            raise exception 'the votes of a decided matter cannot change';
        end if;
    end if;
    if tg_op = 'DELETE' then return old; end if;
    return new;
end $$;
create trigger meeting_matter_frozen before update or delete on meeting_matter
    for each row execute function meeting_matter_frozen();
create trigger meeting_vote_frozen before insert or update or delete on meeting_vote
    for each row execute function meeting_matter_frozen();
