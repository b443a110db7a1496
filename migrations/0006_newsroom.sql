-- What a newsroom needs of the ledger (issue #16): the address of each document, offsets in code points beside the
-- UTF-16 ones, the definitional qualifiers of a claim, compared pairs for SQL users, and fact-checks of claims.

-- The document's address: given with `claims ingest --url`, or the canonical URL of an HTML page.
ALTER TABLE documents ADD COLUMN url TEXT;

-- Offsets in Unicode code points, half-open like the UTF-16 ones, so that SQLite's substr(text, start_cp + 1,
-- end_cp - start_cp) and Python's text[start_cp:end_cp] land on the figure even after a character outside the BMP.
-- Rows stored before this migration get them where their document has no character outside the BMP (there the two
-- counts are equal); elsewhere they stay NULL until `claims reextract`.
ALTER TABLE claims ADD COLUMN start_cp INTEGER;
ALTER TABLE claims ADD COLUMN end_cp INTEGER;
ALTER TABLE sentences ADD COLUMN start_cp INTEGER;
ALTER TABLE sentences ADD COLUMN end_cp INTEGER;
UPDATE claims SET start_cp = start, end_cp = "end"
WHERE document_id IN (SELECT id FROM documents WHERE text NOT GLOB '*[𐀀-􏿿]*');
UPDATE sentences SET start_cp = start, end_cp = "end"
WHERE document_id IN (SELECT id FROM documents WHERE text NOT GLOB '*[𐀀-􏿿]*');

-- Definitional qualifiers stated in the claim's sentence ("excluding inactive accounts; seasonally adjusted"), '; '-joined.
ALTER TABLE claims ADD COLUMN qualifiers_text TEXT;

-- Pairs of claims as `claims conflicts --store` last compared them (a < b), to facet on status in SQL or Datasette.
CREATE TABLE claim_pairs (
    a            INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    b            INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    status       TEXT    NOT NULL,                    -- conflict, compatible, same, republished, not_comparable
    reason       TEXT    NOT NULL,
    compared_at  TEXT    NOT NULL,                    -- ISO 8601 UTC
    PRIMARY KEY (a, b),
    CHECK (a < b)
);
CREATE INDEX claim_pairs_status ON claim_pairs (status);
CREATE INDEX claim_pairs_b ON claim_pairs (b);

-- Fact-checks of claims (`claims check`), every one kept: the latest per claim is its verdict.
CREATE TABLE checks (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    verdict     TEXT    NOT NULL CHECK (verdict IN ('true', 'false', 'misleading', 'unverifiable')),
    note        TEXT,
    url         TEXT,                                 -- where the fact-check is published
    checked_by  TEXT,
    checked_at  TEXT    NOT NULL                      -- ISO 8601 UTC
);
CREATE INDEX checks_claim ON checks (claim_id, id);
