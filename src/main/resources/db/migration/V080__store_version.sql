-- A number every write transaction raises before it commits (graph/Database.java), in the same transaction: read-side
-- caches keep an answer while it stays the same, also when another process wrote. It replaces SQLite's
-- `pragma data_version`, which other databases do not have.
create table store_version (
    id      integer not null primary key check (id = 1),
    version bigint  not null
);
insert into store_version(id, version) values (1, 0);
