-- The official holiday arrangements (国务院办公厅关于部分节假日安排的通知) for 2025 and 2026, and the statutory
-- holidays of 2027. Weekend days inside a holiday span are listed too: harmless, and the list reads like the notice.

insert into work_calendar (year, version, source, created_at, created_by) values
 (2025, 1, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', now(), 'system'),
 (2026, 1, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）', now(), 'system'),
 (2027, 1, '《全国年节及纪念日放假办法》规定的法定假日（暂定：2027年调休安排公布后请录入新版本）', now(), 'system');

insert into work_calendar_day (year, version, day, kind, name)
select 2025, 1, d::date, 'HOLIDAY', name from (values
  ('2025-01-01', '2025-01-01', '元旦'),
  ('2025-01-28', '2025-02-04', '春节'),
  ('2025-04-04', '2025-04-06', '清明节'),
  ('2025-05-01', '2025-05-05', '劳动节'),
  ('2025-05-31', '2025-06-02', '端午节'),
  ('2025-10-01', '2025-10-08', '国庆节、中秋节')) h(a, b, name), generate_series(a::date, b::date, interval '1 day') d
union all
select 2025, 1, d::date, 'WORKDAY', name from (values
  ('2025-01-26', '春节调休上班'), ('2025-02-08', '春节调休上班'), ('2025-04-27', '劳动节调休上班'),
  ('2025-09-28', '国庆节调休上班'), ('2025-10-11', '国庆节调休上班')) w(d, name)
union all
select 2026, 1, d::date, 'HOLIDAY', name from (values
  ('2026-01-01', '2026-01-03', '元旦'),
  ('2026-02-15', '2026-02-23', '春节'),
  ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'),
  ('2026-06-19', '2026-06-21', '端午节'),
  ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')) h(a, b, name), generate_series(a::date, b::date, interval '1 day') d
union all
select 2026, 1, d::date, 'WORKDAY', name from (values
  ('2026-01-04', '元旦调休上班'), ('2026-02-14', '春节调休上班'), ('2026-02-28', '春节调休上班'),
  ('2026-05-09', '劳动节调休上班'), ('2026-09-20', '国庆节调休上班'), ('2026-10-10', '国庆节调休上班')) w(d, name)
union all
select 2027, 1, d::date, 'HOLIDAY', name from (values
  ('2027-01-01', '2027-01-01', '元旦'),
  ('2027-02-05', '2027-02-08', '春节'),
  ('2027-04-05', '2027-04-05', '清明节'),
  ('2027-05-01', '2027-05-02', '劳动节'),
  ('2027-06-09', '2027-06-09', '端午节'),
  ('2027-09-15', '2027-09-15', '中秋节'),
  ('2027-10-01', '2027-10-03', '国庆节')) h(a, b, name), generate_series(a::date, b::date, interval '1 day') d;
