-- Documents as ingested: full text kept so evidence offsets stay meaningful.
create table document (
    id           integer primary key,
    sha256       text    not null unique,
    name         text    not null,
    path         text,
    title        text,
    outlet       text,
    url          text,
    published    text,
    date_precision text,
    language     text,
    text         text    not null,
    token_count  integer not null default 0,
    ingested_at  text    not null
);

create table sentence (
    document_id  integer not null references document(id) on delete cascade,
    idx          integer not null,
    begin_offset integer not null,
    end_offset   integer not null,
    text         text    not null,
    primary key (document_id, idx)
);

-- Entities are the output of resolution; they are rebuilt from mentions and decisions, never edited in place.
create table entity (
    id       integer primary key,
    name     text not null,
    type     text not null,
    reasons  text not null default '[]'
);

-- Actor mentions; idx is the mention's position in its document and what claims point at.
create table mention (
    document_id  integer not null references document(id) on delete cascade,
    idx          integer not null,
    sentence_idx integer not null,
    begin_offset integer not null,
    end_offset   integer not null,
    text         text    not null,
    type         text    not null,
    source       text    not null,
    cluster      integer,
    entity_id    integer,
    primary key (document_id, idx)
);
create index mention_entity on mention(entity_id);

-- Within-document clusters with their reasons, input to cross-document resolution.
create table cluster (
    document_id integer not null references document(id) on delete cascade,
    id          integer not null,
    type        text    not null,
    name        text    not null,
    reasons     text    not null default '[]',
    entity_id   integer,
    score       real,
    assign_reasons text not null default '[]',
    primary key (document_id, id)
);

-- One relation stated in one sentence of one document.
create table fact_claim (
    id             integer primary key,
    document_id    integer not null references document(id) on delete cascade,
    kind           text    not null,
    subject_idx    integer not null,
    object_idx     integer not null,
    role           text,
    value          text,
    start_date     text,
    end_date       text,
    modality       text    not null,
    sentence_idx   integer not null,
    attribution    text,
    verdict        text
);
create index fact_claim_doc on fact_claim(document_id);

-- One event reported in one sentence of one document.
create table event_claim (
    id           integer primary key,
    document_id  integer not null references document(id) on delete cascade,
    type         text    not null,
    mode         text,
    date         text,
    place        text,
    summary      text,
    modality     text    not null,
    sentence_idx integer not null,
    trigger_word text,
    verdict      text
);
create index event_claim_doc on event_claim(document_id);

create table event_participant (
    event_claim_id integer not null references event_claim(id) on delete cascade,
    mention_idx    integer not null,
    role           text    not null
);
create index event_participant_event on event_participant(event_claim_id);

-- Analyst decisions, replayed on every resolution; undone ones stay for the history.
create table decision (
    id          integer primary key,
    kind        text not null,
    left_name   text not null,
    right_name  text,
    value       text,
    created_at  text not null,
    undone      integer not null default 0
);

-- Rejected inputs from the last runs, so the workbench can show them.
create table ingest_problem (
    id         integer primary key,
    path       text not null,
    reason     text not null,
    message    text not null,
    at         text not null
);
