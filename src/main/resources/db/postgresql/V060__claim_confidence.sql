-- PostgreSQL's copy of db/sqlite/V060__claim_confidence.sql, with 8-byte floats as SQLite's "real".
-- The probability the learned models give each claim (null: not scored, e.g. rules alone or a store from before).
alter table fact_claim add column confidence double precision;
alter table event_claim add column confidence double precision;
