-- Names of people, organisations, teams and places sort as a Chinese reader expects: by pinyin, with numbers in
-- numeric order (合成2社区 before 合成10社区), through ICU's Chinese collation where the server has ICU (the
-- embedded server and Debian's packages do). Everything else (paths, codes, texts) keeps the database's
-- code-point order (C.UTF-8), which is fast and the same on every server.
do $$
begin
    if exists (select 1 from pg_collation where collprovider = 'i') then
        create collation names (provider = icu, locale = 'zh-u-kn-true');
    else
        raise notice 'This PostgreSQL has no ICU: names sort in code-point order';
        create collation names from "C";
    end if;
end $$;

alter table region       alter column name type varchar(100) collate names;
alter table organisation alter column name type varchar(200) collate names;
alter table team         alter column name type varchar(200) collate names;
alter table person       alter column name type varchar(100) collate names;
