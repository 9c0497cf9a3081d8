-- Corrections act on the actors the analyst chose, not on their spellings: two actors may share a spelling (a surname
-- that is also a place). A decision names each actor by its id when it was made and by the mentions it held then;
-- a re-resolution finds the actor again as the entity holding most of those mentions (see resolve/DecisionReplay.java),
-- and undoing a merge gives the merged-away actor its old id back (graph/StableIds.java).
alter table decision add column left_actor integer;
alter table decision add column right_actor integer;

create table decision_anchor (
    decision_id integer not null references decision(id),
    side        text    not null check (side in ('L', 'R')),
    document_id integer not null,
    idx         integer not null
);
create index decision_anchor_decision on decision_anchor(decision_id);
create index decision_anchor_mention on decision_anchor(document_id, idx);
