-- Failed logins are counted per login name and source address (and per source over all names). A name is
-- paused only from the source that failed, so nobody can lock someone else out from elsewhere, and an unknown
-- name is counted exactly like a known one, so the answers tell nothing about which names exist.
create table login_throttle (
    username       varchar(64)  not null,
    source         varchar(64)  not null,
    failures       int          not null,
    window_start   timestamptz  not null,
    blocked_until  timestamptz,
    primary key (username, source)
);
create index login_throttle_window on login_throttle (window_start);

-- Raised whenever what an account may do changes (deactivation, role, region, organisation, person, password):
-- a session made before it ends at its next request.
alter table account add column security_version int not null default 0;
