-- Subjects copied from republished sentences: a claim without a subject of its own takes the subject of the same sentence
-- word for word in another document (see CopiedSubjects). sentence_fingerprint is the lower-case hex SHA-256 of the
-- claim's sentence reduced as SentenceFingerprint.Of reduces it (lower case, letters and digits, every other run one
-- space), indexed so that copies are found without reading other documents' text; subject_copied_from is the document
-- whose sentences gave the subject (NULL for a subject read from the claim's own document, or none).
-- SQL cannot compute the fingerprint, so rows stored before this migration keep NULL until the next ingest or
-- reextract, which fills every missing one before it looks for copies.
ALTER TABLE claims ADD COLUMN sentence_fingerprint TEXT CHECK (sentence_fingerprint IS NULL OR length(sentence_fingerprint) = 64);
ALTER TABLE claims ADD COLUMN subject_copied_from INTEGER REFERENCES documents (id) ON DELETE SET NULL;
CREATE INDEX claims_sentence_fingerprint ON claims (sentence_fingerprint);
CREATE INDEX claims_subject_copied_from ON claims (subject_copied_from) WHERE subject_copied_from IS NOT NULL;
