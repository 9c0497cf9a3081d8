-- Reviews signed too (issue 16): the account that confirmed or rejected a claim ('local' without accounts), null while
-- the claim has no verdict or was judged before accounts existed.
alter table fact_claim add column verdict_by text;
alter table event_claim add column verdict_by text;
