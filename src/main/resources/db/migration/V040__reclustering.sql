-- Whether the document uses a group or place name of the cluster the way a person's name is not used ("in X", "the X",
-- "X Foundation"): such a name is not a person's name the tagger mistyped. Kept so a re-resolution from stored clusters
-- decides as the first one did.
alter table cluster add column impersonal integer not null default 0;

-- Small facts about the store itself, e.g. the fingerprint of the user's data files the stored clusters were made
-- with: when the files change, every document is clustered again from its stored text and mentions.
create table store_setting (
    name  text primary key,
    value text not null
);
