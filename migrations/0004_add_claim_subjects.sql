-- Claims as observations: whom or what each figure is about (subject), the words and rule it was read from, and the
-- organisation that published it (source, distinct from the person speaking). Existing claims keep NULL until their
-- documents are read again.
ALTER TABLE claims ADD COLUMN subject TEXT;
ALTER TABLE claims ADD COLUMN subject_text TEXT;
ALTER TABLE claims ADD COLUMN subject_basis TEXT;
ALTER TABLE claims ADD COLUMN source TEXT;
CREATE INDEX claims_subject ON claims (subject) WHERE subject IS NOT NULL;
