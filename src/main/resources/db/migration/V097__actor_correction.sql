-- The actors a stored correction is about, until the re-resolution that applies it commits (graph/ActorVersion.java):
-- another correction of the same actor, from this process or another one on the same database, is refused as
-- "changed meanwhile" instead of being made against an actor its author did not see. `wanted` is the
-- resolution_state version the correction raised; rows at or below `done` are applied and are deleted.
create table actor_correction (
    entity_id bigint not null primary key,
    wanted    bigint not null
);
