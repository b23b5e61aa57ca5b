-- A unit may send a wrong dispatch back (退单) and ask for more time (延期申请); the dispatcher may withdraw a part
-- nobody claimed, and decides on the extension. A part that ended without being done keeps how and why.
alter table request_part add column end_kind varchar(16);
alter table request_part add column end_reason varchar(1000);
alter table request_part add column ended_at timestamptz;
alter table request_part add column extension_days int;
alter table request_part add column extension_reason varchar(1000);
alter table request_part add column extensions int not null default 0;
