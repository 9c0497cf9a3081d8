-- PostgreSQL's copy of db/sqlite/V050__stable_entity_ids.sql: the same tables and checks, the triggers in PL/pgSQL.
-- Actor ids that never move. A full re-resolution numbers its entities in resolution order; the store then gives each
-- one the stored id that held most of its mentions (see graph/StableIds.java), so the same actor keeps its id through
-- corrections, re-resolutions and new articles, and /actors/N stays the same actor.

-- Ids that disappeared because their actor was merged into another: the old id answers with the survivor.
create table entity_redirect (
    old_id integer primary key,
    new_id integer not null
);
create index entity_redirect_new on entity_redirect(new_id);

-- Ids are never given twice, also after the entity holding one is gone: the next id comes from here.
insert into store_setting(name, value)
    select 'entity.next_id', coalesce(max(id), 0) + 1 from entity where true
    on conflict(name) do nothing;

-- A store written before these checks may hold mentions or clusters that point at a missing entity (a correction
-- could leave one): unlink them and ask for a re-resolution at the next start, which links them again.
update resolution_state set wanted = wanted + 1
    where exists (select 1 from mention m where m.entity_id is not null
                      and not exists (select 1 from entity e where e.id = m.entity_id))
       or exists (select 1 from cluster c where c.entity_id is not null
                      and not exists (select 1 from entity e where e.id = c.entity_id));
update mention set entity_id = null
    where entity_id is not null and not exists (select 1 from entity e where e.id = mention.entity_id);
update cluster set entity_id = null
    where entity_id is not null and not exists (select 1 from entity e where e.id = cluster.entity_id);

-- No mention or cluster points at a missing entity: each write is checked in its own transaction, which it aborts.
create function dramatis_entity_exists() returns trigger language plpgsql as $$
begin
    if new.entity_id is not null and not exists (select 1 from entity where id = new.entity_id) then
        raise exception '% points at a missing entity', tg_table_name;
    end if;
    return new;
end $$;
create trigger mention_entity_exists before insert or update of entity_id on mention
    for each row execute function dramatis_entity_exists();
create trigger cluster_entity_exists before insert or update of entity_id on cluster
    for each row execute function dramatis_entity_exists();

create function dramatis_entity_unlinked() returns trigger language plpgsql as $$
begin
    if exists (select 1 from mention where entity_id = old.id) or exists (select 1 from cluster where entity_id = old.id) then
        raise exception 'an entity still named by a mention or cluster cannot be deleted';
    end if;
    return old;
end $$;
create trigger entity_delete_unlinked before delete on entity
    for each row execute function dramatis_entity_unlinked();

create function dramatis_entity_id_fixed() returns trigger language plpgsql as $$
begin
    if new.id <> old.id then
        raise exception 'an entity id never changes';
    end if;
    return new;
end $$;
create trigger entity_id_fixed before update of id on entity
    for each row execute function dramatis_entity_id_fixed();
