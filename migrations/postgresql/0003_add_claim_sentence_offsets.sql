-- PostgreSQL twin of migrations/0003_add_claim_sentence_offsets.sql.
ALTER TABLE claims ADD COLUMN sentence_start BIGINT;
ALTER TABLE claims ADD COLUMN sentence_end BIGINT;
UPDATE claims SET
    sentence_start = (SELECT start FROM sentences WHERE sentences.id = claims.sentence_id),
    sentence_end = (SELECT "end" FROM sentences WHERE sentences.id = claims.sentence_id);
