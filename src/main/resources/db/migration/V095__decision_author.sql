-- Every correction signed (issue 16): the account that made a decision, or 'local' for the single user of a workbench
-- without accounts (and for every decision made before accounts existed). created_at already says when.
alter table decision add column author text not null default 'local';
