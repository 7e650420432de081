-- Every reference record gets a small integer key beside its code, and a figure names its area, period, commodity,
-- market, scope and source by those keys as well as by their codes. Reads take the keys (four bytes a value, which
-- the service looks up in the catalog by position) rather than the codes (a string made for every value of every
-- row: a fifth of what a dashboard allocated). Codes stay what writes, filters, exports and people use.
ALTER TABLE area ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE, ADD UNIQUE (code, id);
ALTER TABLE period ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE, ADD UNIQUE (code, id);
ALTER TABLE commodity ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE, ADD UNIQUE (code, id);
ALTER TABLE market ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE, ADD UNIQUE (code, id);
ALTER TABLE scope ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE, ADD UNIQUE (code, id);
ALTER TABLE source ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE, ADD UNIQUE (code, id);

ALTER TABLE figure ADD COLUMN area_id integer, ADD COLUMN period_id integer, ADD COLUMN commodity_id integer,
    ADD COLUMN market_id integer, ADD COLUMN scope_id integer, ADD COLUMN source_id integer;

-- A key left out is the key of the code: the service's insert gives the keys (it joins the reference tables),
-- anyone else (a COPY, psql) may leave them to this trigger, which runs only for a row that lacks one.
CREATE FUNCTION figure_reference_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.area_id := coalesce(NEW.area_id, (SELECT id FROM area WHERE code = NEW.area_code));
    NEW.period_id := coalesce(NEW.period_id, (SELECT id FROM period WHERE code = NEW.period_code));
    NEW.source_id := coalesce(NEW.source_id, (SELECT id FROM source WHERE code = NEW.source_code));
    NEW.commodity_id := coalesce(NEW.commodity_id, (SELECT id FROM commodity WHERE code = NEW.commodity_code));
    NEW.market_id := coalesce(NEW.market_id, (SELECT id FROM market WHERE code = NEW.market_code));
    NEW.scope_id := coalesce(NEW.scope_id, (SELECT id FROM scope WHERE code = NEW.scope_code));
    RETURN NEW;
END $$;
CREATE TRIGGER figure_reference_keys BEFORE INSERT OR UPDATE ON figure FOR EACH ROW
    WHEN (NEW.area_id IS NULL OR NEW.period_id IS NULL OR NEW.source_id IS NULL
        OR (NEW.commodity_id IS NULL AND NEW.commodity_code IS NOT NULL)
        OR (NEW.market_id IS NULL AND NEW.market_code IS NOT NULL)
        OR (NEW.scope_id IS NULL AND NEW.scope_code IS NOT NULL))
    EXECUTE FUNCTION figure_reference_keys();

-- The figures already stored.
UPDATE figure f SET area_id = (SELECT id FROM area WHERE code = f.area_code),
    period_id = (SELECT id FROM period WHERE code = f.period_code),
    source_id = (SELECT id FROM source WHERE code = f.source_code),
    commodity_id = (SELECT id FROM commodity WHERE code = f.commodity_code),
    market_id = (SELECT id FROM market WHERE code = f.market_code),
    scope_id = (SELECT id FROM scope WHERE code = f.scope_code);

-- Each reference is checked as the pair of its code and key (MATCH FULL: both or neither), in place of the code
-- alone: as many look-ups a row as before, and a row that names one record by code and another by key is refused.
ALTER TABLE figure DROP CONSTRAINT figure_area_code_fkey, DROP CONSTRAINT figure_period_code_fkey,
    DROP CONSTRAINT figure_source_code_fkey, DROP CONSTRAINT figure_commodity_code_fkey,
    DROP CONSTRAINT figure_market_code_fkey, DROP CONSTRAINT figure_scope_code_fkey,
    ADD CONSTRAINT figure_area_fkey FOREIGN KEY (area_code, area_id) REFERENCES area (code, id) MATCH FULL,
    ADD CONSTRAINT figure_period_fkey FOREIGN KEY (period_code, period_id) REFERENCES period (code, id) MATCH FULL,
    ADD CONSTRAINT figure_source_fkey FOREIGN KEY (source_code, source_id) REFERENCES source (code, id) MATCH FULL,
    ADD CONSTRAINT figure_commodity_fkey FOREIGN KEY (commodity_code, commodity_id) REFERENCES commodity (code, id)
        MATCH FULL,
    ADD CONSTRAINT figure_market_fkey FOREIGN KEY (market_code, market_id) REFERENCES market (code, id) MATCH FULL,
    ADD CONSTRAINT figure_scope_fkey FOREIGN KEY (scope_code, scope_id) REFERENCES scope (code, id) MATCH FULL;
