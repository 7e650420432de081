-- Every reference record gets a small integer key beside its code, and a figure names its area, period, commodity,
-- market, scope and source by those keys as well as by their codes. Reads take the keys (four bytes a value, which
-- the service looks up in the catalog by position) rather than the codes (a string made for every value of every
-- row: a fifth of what a dashboard allocated). Codes stay what writes, filters, exports and people use.
ALTER TABLE area ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE period ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE commodity ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE market ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE scope ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE source ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;

ALTER TABLE figure ADD COLUMN area_id integer, ADD COLUMN period_id integer, ADD COLUMN commodity_id integer,
    ADD COLUMN market_id integer, ADD COLUMN scope_id integer, ADD COLUMN source_id integer;

-- The keys follow the codes on every write, whoever writes (the service, a COPY, a person with psql): whatever keys
-- a write gives are replaced by those of its codes. A code cannot change while a figure names it (the foreign
-- keys), nor can a key (identity columns generated always).
CREATE FUNCTION figure_reference_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.area_id := (SELECT id FROM area WHERE code = NEW.area_code);
    NEW.period_id := (SELECT id FROM period WHERE code = NEW.period_code);
    NEW.source_id := (SELECT id FROM source WHERE code = NEW.source_code);
    NEW.commodity_id := CASE WHEN NEW.commodity_code IS NULL THEN NULL
        ELSE (SELECT id FROM commodity WHERE code = NEW.commodity_code) END;
    NEW.market_id := CASE WHEN NEW.market_code IS NULL THEN NULL
        ELSE (SELECT id FROM market WHERE code = NEW.market_code) END;
    NEW.scope_id := CASE WHEN NEW.scope_code IS NULL THEN NULL
        ELSE (SELECT id FROM scope WHERE code = NEW.scope_code) END;
    RETURN NEW;
END $$;
CREATE TRIGGER figure_reference_keys BEFORE INSERT OR UPDATE OF area_code, period_code, commodity_code, market_code,
    scope_code, source_code, area_id, period_id, commodity_id, market_id, scope_id, source_id ON figure
    FOR EACH ROW EXECUTE FUNCTION figure_reference_keys();

-- The figures already stored: one pass, through the trigger.
UPDATE figure SET area_code = area_code;

ALTER TABLE figure ALTER COLUMN area_id SET NOT NULL, ALTER COLUMN period_id SET NOT NULL,
    ALTER COLUMN source_id SET NOT NULL,
    ADD CONSTRAINT figure_keys_with_codes CHECK ((commodity_id IS NULL) = (commodity_code IS NULL)
        AND (market_id IS NULL) = (market_code IS NULL) AND (scope_id IS NULL) = (scope_code IS NULL));
