-- Photos of a wish (what is wished, what was done), kept in the database with the wish so that they are
-- backed up, scoped and deleted with it, and served only to those who may see the wish.
create table wish_photo (
    id            bigint generated always as identity primary key,
    wish_id       bigint       not null references wish (id),
    content_type  varchar(32)  not null,
    size          int          not null,
    data          bytea        not null,
    uploaded_by   bigint       not null,
    uploader_name varchar(100) not null,
    uploaded_at   timestamptz  not null
);
create index wish_photo_wish on wish_photo (wish_id, id);
