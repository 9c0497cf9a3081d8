-- What the resolver learnt of an actor beyond its names (resolve/ResolvedEntity.Traits, as JSON): the countries of the
-- generic-named bodies it holds, the capitals a state was named by, its mentions per tagged type, whether a document
-- wrote a name of it as a person's or as no person's. A resolver seeded from the store on the next ingest reads them,
-- so that ingesting in two runs gives the actors one run gives. Null for actors stored before: no traits.
alter table entity add column traits text;
