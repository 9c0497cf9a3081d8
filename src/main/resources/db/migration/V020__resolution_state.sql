-- Whether the stored entities reflect every decision and lexicon change. A correction bumps `wanted` in the
-- transaction that stores its decisions; a full re-resolution writes the `wanted` it started from into `done` in the
-- transaction that replaces the entities. A crash in between leaves wanted > done, and the next start re-resolves.
create table resolution_state (
    id      integer primary key check (id = 1),
    wanted  integer not null,
    done    integer not null
);
insert into resolution_state(id, wanted, done) values (1, 0, 0);
