-- How many sentences and claims each document was stored with, written in the same transaction as its rows, so that
-- `claims verify` can tell when rows went missing afterwards. Existing documents are counted as they are now.
ALTER TABLE documents ADD COLUMN sentence_count INTEGER;
ALTER TABLE documents ADD COLUMN claim_count INTEGER;
UPDATE documents SET
    sentence_count = (SELECT count(*) FROM sentences WHERE sentences.document_id = documents.id),
    claim_count = (SELECT count(*) FROM claims WHERE claims.document_id = documents.id);
