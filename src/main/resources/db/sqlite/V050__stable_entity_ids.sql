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
create trigger mention_entity_exists_insert before insert on mention
    when new.entity_id is not null and not exists (select 1 from entity where id = new.entity_id)
    begin select raise(abort, 'mention points at a missing entity'); end;
create trigger mention_entity_exists_update before update of entity_id on mention
    when new.entity_id is not null and not exists (select 1 from entity where id = new.entity_id)
    begin select raise(abort, 'mention points at a missing entity'); end;
create trigger cluster_entity_exists_insert before insert on cluster
    when new.entity_id is not null and not exists (select 1 from entity where id = new.entity_id)
    begin select raise(abort, 'cluster points at a missing entity'); end;
create trigger cluster_entity_exists_update before update of entity_id on cluster
    when new.entity_id is not null and not exists (select 1 from entity where id = new.entity_id)
    begin select raise(abort, 'cluster points at a missing entity'); end;
create trigger entity_delete_unlinked before delete on entity
    when exists (select 1 from mention where entity_id = old.id) or exists (select 1 from cluster where entity_id = old.id)
    begin select raise(abort, 'an entity still named by a mention or cluster cannot be deleted'); end;
create trigger entity_id_fixed before update of id on entity
    begin select raise(abort, 'an entity id never changes'); end;
