-- Provenance of documents converted from another format (HTML, PDF, Word, Markdown): the original bytes' SHA-256 and
-- media type, the author its metadata names, and for each sentence where in the original it came from ("page 4",
-- "paragraph 3, /html/body/article/p[2]"). documents.sha256 stays the hash of the stored text, which claims point into.
-- Documents stored before this migration keep NULL: what their original was is not known.
ALTER TABLE documents ADD COLUMN original_sha256 TEXT CHECK (original_sha256 IS NULL OR length(original_sha256) = 64);
ALTER TABLE documents ADD COLUMN media_type TEXT;
ALTER TABLE documents ADD COLUMN author TEXT;
ALTER TABLE sentences ADD COLUMN location TEXT;
