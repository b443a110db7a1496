-- PostgreSQL twin of migrations/0005_add_document_provenance.sql.
ALTER TABLE documents ADD COLUMN original_sha256 TEXT CHECK (original_sha256 IS NULL OR length(original_sha256) = 64);
ALTER TABLE documents ADD COLUMN media_type TEXT;
ALTER TABLE documents ADD COLUMN author TEXT;
ALTER TABLE sentences ADD COLUMN location TEXT;
