-- Spring Modulith's event publication registry (its PostgreSQL schema, v2): an event a listener has not handled
-- yet is stored in the transaction of the act that published it, marked complete once its listener succeeded, and
-- republished at the next start if the process died in between. Completed publications are deleted
-- (spring.modulith.events.completion-mode=delete).
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- A notice reached by an event carries the event's key: a republished event adds no second notice.
alter table notification add column dedupe_key varchar(200);
create unique index notification_dedupe on notification (dedupe_key) where dedupe_key is not null;
