-- An agenda item may point at the open matter it discusses (a request, a wish, a problem of the inventory):
-- its kind and id, and the title and page it had when it was put on the agenda.
alter table meeting_agenda_item add column record_kind varchar(32);
alter table meeting_agenda_item add column record_id bigint;
alter table meeting_agenda_item add column record_link varchar(200);
