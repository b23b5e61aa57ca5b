-- Open311's public reading of requests is off unless an administrator turns it on for one connected system: the
-- texts residents send (through the 12345 hotline above all) carry names, illnesses and home addresses.
alter table api_client add column public_read boolean not null default false;
