-- PostgreSQL twin of migrations/0008_add_claim_sentence_fingerprints.sql.
ALTER TABLE claims ADD COLUMN sentence_fingerprint TEXT CHECK (sentence_fingerprint IS NULL OR length(sentence_fingerprint) = 64);
ALTER TABLE claims ADD COLUMN subject_copied_from BIGINT REFERENCES documents (id) ON DELETE SET NULL DEFERRABLE;
CREATE INDEX claims_sentence_fingerprint ON claims (sentence_fingerprint);
CREATE INDEX claims_subject_copied_from ON claims (subject_copied_from) WHERE subject_copied_from IS NOT NULL;
