-- 反馈表扬 due: closed wishes the beneficiary was satisfied with that nobody has praised yet, counted per region for
-- the follow-up to-do and listed in the ledger, without reading every closed wish.
create index wish_praise_due on wish (region_path text_pattern_ops)
    where status = 'CLOSED' and not praised and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED');
