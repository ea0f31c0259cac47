-- 0002_claims: the claims of each Doc, the keys they are found by, and the
-- links between claims, within one Doc and across Docs.
--
-- The claims layer itself stays in docs.layers, so a Doc reads back exactly
-- as added; these tables index it. claims.facts is the claim's summary for
-- comparison (situation.Facts in internal/situation), so that claims of a
-- new Doc are linked to stored ones without reloading their Docs. Docs
-- stored before this migration have no rows here.

CREATE TABLE claims (
    seq      INTEGER PRIMARY KEY,
    doc_id   TEXT    NOT NULL REFERENCES docs (id),
    idx      INTEGER NOT NULL,            -- position in the Doc's claims layer
    claim_id TEXT    NOT NULL,
    said_by  TEXT    NOT NULL,            -- speaker's actor code, '' when unknown
    stance   TEXT    NOT NULL,            -- assert or deny
    said_on  TEXT    NOT NULL,            -- Claim.When, the TimeML value as given
    day      TEXT,                        -- YYYY-MM-DD prefix of said_on, NULL when it has none
    lo       TEXT,                        -- first day of the claim's events, NULL when any is undated
    hi       TEXT,                        -- last day of the claim's events, NULL likewise
    text     TEXT    NOT NULL,            -- evidence: the sentences of its events
    json     TEXT    NOT NULL,            -- the doc.Claim
    facts    TEXT    NOT NULL,            -- JSON claims.Facts
    UNIQUE (doc_id, claim_id)
);

CREATE INDEX claims_by_date ON claims (said_on, doc_id, idx);
CREATE INDEX claims_by_said_by ON claims (said_by);

-- What a claim is about, for filters and for finding candidates to link:
--   actor      the speaker's code and its events' source and target codes
--   cameo      its events' CAMEO codes
--   word       the lower-case words of its evidence text
--   situation  COUNTRY/FAMILY and COUNTRY/kind:KIND of each of its events
CREATE TABLE claim_keys (
    claim_seq INTEGER NOT NULL REFERENCES claims (seq),
    kind      TEXT    NOT NULL CHECK (kind IN ('actor', 'cameo', 'word', 'situation')),
    value     TEXT    NOT NULL,
    PRIMARY KEY (kind, value, claim_seq)
) WITHOUT ROWID;

-- A relation from one claim to another: denies runs from the denial; the
-- symmetric relations (contradicts, differs_in_figure, supports) are kept
-- in both directions. cross_doc is 1 when the claims are of different Docs.
CREATE TABLE claim_links (
    from_seq  INTEGER NOT NULL REFERENCES claims (seq),
    to_seq    INTEGER NOT NULL REFERENCES claims (seq),
    type      TEXT    NOT NULL CHECK (type IN ('denies', 'contradicts', 'differs_in_figure', 'supports')),
    cross_doc INTEGER NOT NULL,
    PRIMARY KEY (from_seq, to_seq, type)
) WITHOUT ROWID;

CREATE INDEX claim_links_by_to ON claim_links (to_seq);
