-- The probability the learned models give each claim (null: not scored, e.g. rules alone or a store from before).
alter table fact_claim add column confidence real;
alter table event_claim add column confidence real;
