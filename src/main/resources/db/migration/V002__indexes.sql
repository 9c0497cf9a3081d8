-- Found by 'dramatis bench api': the dossier reads an actor's cluster reasons with "where entity_id = ?", which
-- scanned the whole cluster table (one row per actor per document).
create index cluster_entity on cluster(entity_id);
