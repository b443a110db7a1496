-- PostgreSQL twin of migrations/0004_add_claim_subjects.sql.
ALTER TABLE claims ADD COLUMN subject TEXT;
ALTER TABLE claims ADD COLUMN subject_text TEXT;
ALTER TABLE claims ADD COLUMN subject_basis TEXT;
ALTER TABLE claims ADD COLUMN source TEXT;
CREATE INDEX claims_subject ON claims (subject) WHERE subject IS NOT NULL;
