-- The departments' ranking kept per unit: for each month (of the request's placing), street (the request's node
-- cut at depth 3, or the node itself above) and unit, the parts it had and how they went. Kept exact by row
-- triggers that UnitRollup installs (they need the platform's time zone); a city's month reads a few thousand rows
-- instead of counting its parts.
create table request_unit_month (
    month           date          not null,
    street_path     varchar(400)  not null,
    organisation_id bigint        not null,
    parts           bigint        not null default 0,
    on_time         bigint        not null default 0,
    resolved        bigint        not null default 0,
    rated           bigint        not null default 0,
    good            bigint        not null default 0,
    primary key (month, street_path, organisation_id)
);

-- the zone the rollup was built in; rebuilt from the parts when it changes
create table request_unit_month_state (
    id    int          primary key check (id = 1),
    zone  varchar(64)  not null
);
