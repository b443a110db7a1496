-- PostgreSQL twin of migrations/0007_create_readable_views.sql: the same views and columns. Metric names fold case as
-- the ledger's NOCASE indexes do (lower(x COLLATE "C")); substr takes INTEGER positions, so the BIGINT offsets are cast.

-- One row per claim of every stored revision; is_current = 1 for the claims of current documents (what the commands
-- read). metric is the catalogue's name (aliases folded, as `claims metrics` names it); source is the organisation the
-- sentence attributes the figure to, else the document's (kept in document_source); verdict is the latest fact-check.
-- sentence is cut from the stored text by the sentence's code point offsets, which PostgreSQL's substr counts (NULL for
-- a row stored before migration 0006 in a document with a character outside the BMP, whose offsets are NULL).
CREATE VIEW claims_readable AS
SELECT c.id AS claim_id,
       c.text AS figure,
       c.value,
       c.unit,
       c.qualifier,
       c.low,
       c.high,
       coalesce(a.metric_name, m.name) AS metric,
       c.metric_phrase,
       c.subject,
       c.period_start,
       c.period_end,
       c.period_basis,
       c.speaker,
       coalesce(c.source, d.source) AS source,
       d.source AS document_source,
       c.qualifiers_text,
       (SELECT k.verdict FROM checks k WHERE k.claim_id = c.id ORDER BY k.id DESC LIMIT 1) AS verdict,
       d.id AS document_id,
       d.title,
       d.url,
       d.path,
       d.file_name,
       d.event_date,
       d.published_date,
       CASE WHEN d.superseded_by IS NULL THEN 1 ELSE 0 END AS is_current,
       substr(d.text, CAST(s.start_cp + 1 AS INTEGER), CAST(s.end_cp - s.start_cp AS INTEGER)) AS sentence,
       c.start_cp,
       c.end_cp,
       s.start_cp AS sentence_start_cp,
       s.end_cp AS sentence_end_cp
FROM claims c
JOIN documents d ON d.id = c.document_id
JOIN sentences s ON s.id = c.sentence_id
JOIN metrics m ON m.id = c.metric_id
LEFT JOIN metric_aliases a ON lower(a.alias COLLATE "C") = lower(m.name COLLATE "C");

-- Per metric (names differing only in case are one), subject and unit, over current documents: how many claims and
-- documents, the smallest and largest value (in that unit: values in two units are never put on one row), and the
-- periods covered (the earliest start, the latest end; undated claims count as one period).
CREATE VIEW metric_summary AS
SELECT min(metric COLLATE "C") AS metric,
       subject,
       unit,
       count(*) AS claims,
       count(DISTINCT document_id) AS documents,
       count(DISTINCT coalesce(period_start, '') || '/' || coalesce(period_end, '')) AS periods,
       min(value) AS min_value,
       max(value) AS max_value,
       min(period_start) AS first_period_start,
       max(period_end) AS last_period_end
FROM claims_readable
WHERE is_current = 1
GROUP BY lower(metric COLLATE "C"), subject, unit;

-- The pairs in claim_pairs (a < b), with what a reader needs of both claims; metric and period are claim a's.
CREATE VIEW compared_pairs AS
SELECT p.a AS a_claim_id,
       p.b AS b_claim_id,
       p.status,
       p.reason,
       p.compared_at,
       ra.metric,
       ra.period_start,
       ra.period_end,
       ra.figure AS a_figure,
       ra.value AS a_value,
       ra.unit AS a_unit,
       ra.qualifier AS a_qualifier,
       ra.subject AS a_subject,
       ra.speaker AS a_speaker,
       ra.source AS a_source,
       ra.title AS a_title,
       ra.url AS a_url,
       ra.sentence AS a_sentence,
       rb.figure AS b_figure,
       rb.value AS b_value,
       rb.unit AS b_unit,
       rb.qualifier AS b_qualifier,
       rb.subject AS b_subject,
       rb.speaker AS b_speaker,
       rb.source AS b_source,
       rb.title AS b_title,
       rb.url AS b_url,
       rb.sentence AS b_sentence
FROM claim_pairs p
JOIN claims_readable ra ON ra.claim_id = p.a
JOIN claims_readable rb ON rb.claim_id = p.b;

CREATE VIEW conflicting_pairs AS
SELECT * FROM compared_pairs WHERE status = 'conflict';
