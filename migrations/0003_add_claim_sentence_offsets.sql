-- The offsets of each claim's sentence, kept on the claim row as well, so that reading claims metric by metric (export,
-- comparison) needs no lookup into sentences for every row. `claims verify` checks they equal the sentence's own.
ALTER TABLE claims ADD COLUMN sentence_start INTEGER;
ALTER TABLE claims ADD COLUMN sentence_end INTEGER;
UPDATE claims SET
    sentence_start = (SELECT start FROM sentences WHERE sentences.id = claims.sentence_id),
    sentence_end = (SELECT "end" FROM sentences WHERE sentences.id = claims.sentence_id);
