-- Photos of a request (the problem, the work done), kept in the database with the request and served only to
-- those who may see it.
create table request_photo (
    id            bigint generated always as identity primary key,
    request_id    bigint       not null references request (id),
    content_type  varchar(32)  not null,
    size          int          not null,
    data          bytea        not null,
    uploaded_by   bigint       not null,
    uploader_name varchar(100) not null,
    uploaded_at   timestamptz  not null
);
create index request_photo_request on request_photo (request_id, id);
