-- An actor's facts and events are found from its mentions: index the claims by the mention they point at.
create index fact_claim_subject on fact_claim(document_id, subject_idx);
create index fact_claim_object on fact_claim(document_id, object_idx);
create index event_participant_mention on event_participant(mention_idx, event_claim_id);
