-- Points' figures: a posting carries its ledger's place (moved with the region), the kind of rule it came by as
-- its category (1 sheet, 2 staff, 3 request evaluated, 4 wish evaluated, 5 wish completed, 6 meeting, 7 none: the
-- store, expiry) and, for an award, whether it was the household's first of its month (households active).
-- None of these is part of a posting's hash; the append-only trigger lets a region move change the place and
-- nothing else.
alter table points_transfer disable trigger points_transfer_no_change;
alter table points_transfer add column region_path varchar(400);
alter table points_transfer add column category_id bigint not null default 7;
alter table points_transfer add column first_in_month boolean not null default false;
alter table points_transfer add column created_at timestamptz generated always as (at) stored;
alter table points_transfer add column channel varchar(16) generated always as (kind) stored;
update points_transfer t set region_path = l.region_path from points_ledger l where l.id = t.ledger_id;
update points_transfer t set category_id = case r.trigger when 'SHEET' then 1 when 'MANUAL' then 2
    when 'REQUEST_EVALUATED' then 3 when 'WISH_EVALUATED' then 4 when 'WISH_COMPLETED' then 5
    when 'MEETING_ATTENDED' then 6 else 7 end
from points_rule r where r.id = t.rule_id;
update points_transfer t set first_in_month = true where t.kind = 'AWARD' and t.id = (
    select min(x.id) from points_transfer x where x.kind = 'AWARD' and x.credit_account_id = t.credit_account_id
      and date_trunc('month', x.at at time zone 'Asia/Shanghai') = date_trunc('month', t.at at time zone 'Asia/Shanghai'));
alter table points_transfer alter column region_path set not null;
alter table points_transfer enable trigger points_transfer_no_change;
create index points_transfer_region on points_transfer (region_path text_pattern_ops, at desc);

create or replace function points_transfer_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (new.id, new.ledger_id, new.seq, new.debit_account_id, new.credit_account_id, new.amount,
            new.kind, new.idempotency_key, new.rule_id, new.reverses_id, new.reason, new.actor_id, new.actor_name,
            new.at, new.prev_hash, new.hash, new.category_id, new.first_in_month)
        is not distinct from (old.id, old.ledger_id, old.seq, old.debit_account_id, old.credit_account_id, old.amount,
            old.kind, old.idempotency_key, old.rule_id, old.reverses_id, old.reason, old.actor_id, old.actor_name,
            old.at, old.prev_hash, old.hash, old.category_id, old.first_in_month) then
        -- a region move: the place changes, nothing of the posting does
        return new;
    end if;
    raise exception 'points postings are never changed or deleted: post a reversal';
end $$;
