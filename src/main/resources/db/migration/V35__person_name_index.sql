-- An import checks each row against the residents already registered by name and phone or name and birth date:
-- an equality lookup by name, which a b-tree answers at once for any number of residents.
create index person_name on person (name);
