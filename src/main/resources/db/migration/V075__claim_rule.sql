-- The extraction rule that found each claim ("roles", "events"), for eval --rules. Kept beside the claim tables, which
-- stay as they were; a claim the learned models found, or one stored before this table, has no row.
create table fact_claim_rule (
    fact_claim_id integer primary key references fact_claim(id) on delete cascade,
    rule          text    not null
);
create table event_claim_rule (
    event_claim_id integer primary key references event_claim(id) on delete cascade,
    rule           text    not null
);
