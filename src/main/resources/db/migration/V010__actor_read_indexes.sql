-- Found by 'dramatis bench api' at 100,000 documents: reading one actor's dossier or network touched each of its
-- mention rows twice, once to find them (mention_entity, then the row for document_id and idx) and once per claim
-- (the primary-key index, then the row for entity_id). These two indexes answer both from the index alone.
-- An actor's mentions with where they are: counts, outlets, and the way from the actor to its claims.
create index mention_entity_position on mention(entity_id, document_id, idx);
-- It starts with entity_id, so it replaces mention_entity.
drop index mention_entity;
-- Who a claim's subject, object or participant is.
create index mention_position_entity on mention(document_id, idx, entity_id);
-- The dossier's quotes read the claims attributed to someone, a small share of all claims.
create index fact_claim_attributed on fact_claim(id) where attribution is not null;
