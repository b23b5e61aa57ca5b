-- One satisfaction vocabulary for every capability (cn.siwei.platform.Satisfaction): a wish's "BASIC" becomes
-- "BASICALLY_SATISFIED", the word requests already use.
alter table wish alter column evaluation type varchar(24);
update wish set evaluation = 'BASICALLY_SATISFIED' where evaluation = 'BASIC';
