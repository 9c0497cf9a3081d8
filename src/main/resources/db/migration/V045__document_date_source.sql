-- Where a document's date comes from: 'user' (a manifest row or --published), 'file' (the file's own metadata),
-- 'byline' (a byline or dateline at the top of its text) or 'text' (inferred from the dates the text states). The document page
-- marks an inferred date as such. Null for documents stored before sources were kept.
alter table document add column date_source text;
