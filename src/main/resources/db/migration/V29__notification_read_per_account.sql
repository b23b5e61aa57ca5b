-- Whether a notification was read is each reader's own: a notice to a region's staff or to an organisation is
-- one row that several accounts receive, and one of them reading it must not hide it from the others.
-- An account has read every notice up to notification_seen.upto ("mark all read") and each one in
-- notification_read above it.
create table notification_seen (
    account_id  bigint primary key,
    upto        bigint not null
);
create table notification_read (
    account_id       bigint not null,
    notification_id  bigint not null,
    primary key (account_id, notification_id)
);
-- the notices read so far, as their one reader (a person's own) or everyone then receiving them read them
insert into notification_read (account_id, notification_id)
select a.id, n.id from notification n join account a on a.person_id = n.person_id where n.read_at is not null
on conflict do nothing;
