-- The photos of every capability's records in one table, keyed by the owner's type and id (the owning
-- capability decides who may see them: cn.siwei.platform.Attachments). The photos of wishes and requests move
-- here; their ids change (the audit trail's earlier entries name the old ones, with the record they belonged to).
create table attachment (
    id            bigint generated always as identity primary key,
    owner_type    varchar(32)  not null,
    owner_id      bigint       not null,
    content_type  varchar(32)  not null,
    size          int          not null,
    data          bytea        not null,
    uploaded_by   bigint       not null,
    uploader_name varchar(100) not null,
    uploaded_at   timestamptz  not null
);
create index attachment_owner on attachment (owner_type, owner_id, id);

insert into attachment (owner_type, owner_id, content_type, size, data, uploaded_by, uploader_name, uploaded_at)
select 'wish', wish_id, content_type, size, data, uploaded_by, uploader_name, uploaded_at from wish_photo order by id;
insert into attachment (owner_type, owner_id, content_type, size, data, uploaded_by, uploader_name, uploaded_at)
select 'request', request_id, content_type, size, data, uploaded_by, uploader_name, uploaded_at from request_photo order by id;

drop table wish_photo;
drop table request_photo;
