-- Data that change without losing what was stated before.
--
-- A figure is a chain of revisions, one row each: a revision is a new row, and the row it replaces is marked
-- superseded at that moment; a retraction is a revision that keeps the values and says they no longer stand. The
-- figure as known at an instant is the revision recorded by then and not yet superseded; now, the one never
-- superseded. Rows are never updated otherwise, nor deleted.
ALTER TABLE figure
    ADD COLUMN revision      integer NOT NULL DEFAULT 1 CHECK (revision > 0),
    ADD COLUMN recorded_at   timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN superseded_at timestamptz,
    -- The token's subject for an editor's write; 'seed' for the data the service is built with.
    ADD COLUMN recorded_by   text NOT NULL DEFAULT 'seed',
    ADD COLUMN reason        text CHECK (length(reason) BETWEEN 1 AND 500),
    ADD COLUMN retracted     boolean NOT NULL DEFAULT false,
    ADD CHECK (superseded_at IS NULL OR superseded_at >= recorded_at),
    ADD CHECK ((revision = 1 AND NOT retracted) OR reason IS NOT NULL);
ALTER TABLE figure DROP CONSTRAINT figure_code_key;
-- A mention: an article names a market or commodity of an area's trade without a value ("mở rộng thị trường, đặc
-- biệt tại Mỹ, EU, Nhật Bản và Trung Quốc"). A stated fact, stored as one that states no value, never as a zero.
ALTER TABLE figure ADD COLUMN mention boolean NOT NULL DEFAULT false;
DO $$
DECLARE
    states_something text;
BEGIN
    SELECT conname INTO states_something FROM pg_constraint
        WHERE conrelid = 'figure'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%num_nonnulls%';
    EXECUTE format('ALTER TABLE figure DROP CONSTRAINT %I', states_something);
END
$$;
ALTER TABLE figure ADD CONSTRAINT figure_states_something
    CHECK (mention = (num_nonnulls(amount, amount_low, growth_pct, growth_low, rank, share_pct) = 0));
-- "vượt kế hoạch năm gần 3%": growth against the plan, which articles state as they state growth.
ALTER TABLE figure DROP CONSTRAINT figure_growth_basis_check,
    ADD CONSTRAINT figure_growth_basis_check CHECK (growth_basis IN ('YEAR_ON_YEAR', 'AVERAGE_ANNUAL', 'AGAINST_PLAN'));
CREATE UNIQUE INDEX figure_code_revision_idx ON figure (code, revision);
-- At most one revision of a figure is in force: two editors revising it at once cannot both win.
CREATE UNIQUE INDEX figure_current_code_idx ON figure (code) WHERE superseded_at IS NULL;
-- Reads of the figures in force, the common case, use an index of those alone; reads as of an instant, the other.
DROP INDEX figure_area_period_idx;
CREATE INDEX figure_area_period_idx ON figure (area_code, period_code) WHERE superseded_at IS NULL AND NOT retracted;
CREATE INDEX figure_area_period_history_idx ON figure (area_code, period_code);

-- Sources added by editors come with their text, against which quotes and paragraphs are checked, and a URL; the
-- seed's sources name the file they came in instead.
ALTER TABLE source
    ALTER COLUMN seed_file DROP NOT NULL,
    ADD COLUMN url         text CHECK (url ~ '^https?://'),
    ADD COLUMN body        text,
    ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN recorded_by text NOT NULL DEFAULT 'seed';

-- An import run under an idempotency key, with what it reported: the same key again gets the same report and
-- writes nothing; the same key with other rows is refused.
CREATE TABLE figure_import (
    idempotency_key text PRIMARY KEY CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    digest          text NOT NULL,
    report          text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    recorded_by     text NOT NULL
);

-- The version of the data, moved on by every statement that writes them, in the writer's transaction; the same
-- transaction announces it on a channel named after the schema, so every replica listening hears of the change
-- once it has committed, and never of one rolled back. The announcement is JSON: the new version and, for figures
-- added (new figures, revisions and retractions are all rows added), the code, area and flow of up to 100 of them.
CREATE TABLE data_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint NOT NULL
);
INSERT INTO data_version (version) VALUES (1);

-- Tables are named with their schema (the writer's search_path may not include it).
CREATE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
BEGIN
    EXECUTE format('UPDATE %I.data_version SET version = version + 1 RETURNING version', TG_TABLE_SCHEMA)
        INTO next_version;
    PERFORM pg_notify(TG_TABLE_SCHEMA || '.data_changed', json_build_object('version', next_version)::text);
    RETURN NULL;
END
$$;

CREATE FUNCTION announce_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
    listed json;
    total bigint;
BEGIN
    EXECUTE format('UPDATE %I.data_version SET version = version + 1 RETURNING version', TG_TABLE_SCHEMA)
        INTO next_version;
    SELECT count(*) INTO total FROM added;
    SELECT json_agg(json_build_object('code', code, 'area', area_code, 'flow', flow)) INTO listed
        FROM (SELECT code, area_code, flow FROM added ORDER BY code LIMIT 100) AS first_added;
    PERFORM pg_notify(TG_TABLE_SCHEMA || '.data_changed',
        json_build_object('version', next_version, 'figures', coalesce(listed, '[]'::json),
            'complete', total <= 100)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER figure_added AFTER INSERT ON figure REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION announce_figures();
CREATE TRIGGER figure_changed AFTER UPDATE OR DELETE ON figure
    FOR EACH STATEMENT EXECUTE FUNCTION announce_change();
CREATE TRIGGER source_changed AFTER INSERT OR UPDATE OR DELETE ON source
    FOR EACH STATEMENT EXECUTE FUNCTION announce_change();
CREATE TRIGGER period_changed AFTER INSERT OR UPDATE OR DELETE ON period
    FOR EACH STATEMENT EXECUTE FUNCTION announce_change();
CREATE TRIGGER area_changed AFTER INSERT OR UPDATE OR DELETE ON area
    FOR EACH STATEMENT EXECUTE FUNCTION announce_change();
CREATE TRIGGER commodity_changed AFTER INSERT OR UPDATE OR DELETE ON commodity
    FOR EACH STATEMENT EXECUTE FUNCTION announce_change();
CREATE TRIGGER market_changed AFTER INSERT OR UPDATE OR DELETE ON market
    FOR EACH STATEMENT EXECUTE FUNCTION announce_change();
