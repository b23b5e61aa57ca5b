-- Merchants (商户) of a ledger: shops where residents spend their points besides the ledger's own store (积分超市).
-- Each has its own account in the ledger (kind STORE, named as the store) and, when it is an organisation of the
-- register, its own login (role MERCHANT, bound to the organisation) that scans only its own redemptions.
create table points_store (
    id              bigint generated always as identity primary key,
    ledger_id       bigint        not null references points_ledger (id),
    name            varchar(100)  not null,
    organisation_id bigint references organisation (id),
    active          boolean       not null default true,
    created_by      bigint        not null,
    created_at      timestamptz   not null,
    unique (ledger_id, name)
);
create index points_store_organisation on points_store (organisation_id) where organisation_id is not null;

-- an item sold at a merchant (null: the ledger's own store), and the redemption kept where it is collected
alter table points_item add column store_id bigint references points_store (id);
alter table points_redemption add column store_id bigint references points_store (id);

-- Objections as figures (raised, upheld, dismissed, still open, by the list objected to): each carries its
-- ledger's place (moved with the region) and the list the household was on.
alter table points_objection add column region_path varchar(400);
alter table points_objection add column list varchar(8);
update points_objection o set region_path = l.region_path
from points_board b join points_ledger l on l.id = b.ledger_id where b.id = o.board_id;
update points_objection o set list = e.list
from points_board_entry e where e.board_id = o.board_id and e.person_id = o.person_id;
update points_objection set list = 'BLACK' where list is null;
alter table points_objection alter column region_path set not null;
alter table points_objection alter column list set not null;
alter table points_objection add column category_id bigint generated always as (case list when 'BLACK' then 1 else 2 end) stored;
alter table points_objection add column created_at timestamptz generated always as (raised_at) stored;
alter table points_objection add column channel varchar(16) generated always as (status) stored;
create index points_objection_region on points_objection (region_path text_pattern_ops, raised_at desc);
