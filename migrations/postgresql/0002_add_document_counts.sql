-- PostgreSQL twin of migrations/0002_add_document_counts.sql.
ALTER TABLE documents ADD COLUMN sentence_count BIGINT;
ALTER TABLE documents ADD COLUMN claim_count BIGINT;
UPDATE documents SET
    sentence_count = (SELECT count(*) FROM sentences WHERE sentences.document_id = documents.id),
    claim_count = (SELECT count(*) FROM claims WHERE claims.document_id = documents.id);
