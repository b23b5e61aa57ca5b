-- 物社联动 交叉任职: staff of the community and of the property company serving in each other's body (role 10).
alter table roster_member drop constraint roster_member_category_id_check;
alter table roster_member add constraint roster_member_category_id_check check (category_id between 1 and 10);
alter table roster_activity drop constraint roster_activity_category_id_check;
alter table roster_activity add constraint roster_activity_category_id_check check (category_id between 1 and 10);
