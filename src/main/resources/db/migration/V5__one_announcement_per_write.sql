-- One announcement per committed write, made as it commits.
--
-- V4 moved the data version on and announced it in every statement that wrote: a write of many statements (an
-- import) sent one NOTIFY per statement and held the row of data_version locked from its first statement to its
-- commit, so that every other writer, on every replica, waited for it. Now each statement only notes what it wrote,
-- in settings local to its transaction (no lock, no I/O), and the first one of a transaction queues a deferred
-- constraint trigger: PostgreSQL runs it at commit, where the version is moved on and the write announced once,
-- listing up to 100 of the figures it added and saying whether that is all of them. The lock on data_version is held
-- from there to the end of the commit only. A write rolled back announces nothing, as before.
DROP TRIGGER figure_added ON figure;
DROP TRIGGER figure_changed ON figure;
DROP TRIGGER source_changed ON source;
DROP TRIGGER period_changed ON period;
DROP TRIGGER area_changed ON area;
DROP TRIGGER commodity_changed ON commodity;
DROP TRIGGER market_changed ON market;
DROP FUNCTION announce_change();
DROP FUNCTION announce_figures();

-- A row per transaction that wrote, inserted by its first writing statement and deleted at its commit: it exists only
-- to fire the deferred trigger. Unlogged, since no row of it outlives its transaction.
CREATE UNLOGGED TABLE write_committing (
    transaction_id xid8 PRIMARY KEY
);

-- Queues the announcement of this transaction's write, once.
CREATE FUNCTION note_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('tradegraph.write_noted', true), '') = '' THEN
        PERFORM set_config('tradegraph.write_noted', 'yes', true);
        EXECUTE format('INSERT INTO %I.write_committing VALUES (pg_current_xact_id())', TG_TABLE_SCHEMA);
    END IF;
    RETURN NULL;
END
$$;

-- Notes the figures a statement added (new figures, revisions and retractions are all rows added): how many, and the
-- code, area and flow of the first 100 of the transaction, as many of them as fit in 6000 bytes (a NOTIFY's payload
-- must stay under 8000, and codes may be 40 characters long).
CREATE FUNCTION note_figures_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    listed jsonb := coalesce(nullif(current_setting('tradegraph.figures_listed', true), ''), '[]')::jsonb;
    written bigint := coalesce(nullif(current_setting('tradegraph.figures_written', true), ''), '0')::bigint;
BEGIN
    IF jsonb_array_length(listed) < 100 THEN
        listed := listed || coalesce((SELECT jsonb_agg(jsonb_build_object('code', code, 'area', area_code, 'flow', flow))
            FROM (SELECT code, area_code, flow FROM added ORDER BY code
                  LIMIT 100 - jsonb_array_length(listed)) AS first_added), '[]'::jsonb);
        WHILE octet_length(listed::text) > 6000 LOOP
            listed := listed - (jsonb_array_length(listed) - 1);
        END LOOP;
        PERFORM set_config('tradegraph.figures_listed', listed::text, true);
    END IF;
    PERFORM set_config('tradegraph.figures_written', (written + (SELECT count(*) FROM added))::text, true);
    IF coalesce(current_setting('tradegraph.write_noted', true), '') = '' THEN
        PERFORM set_config('tradegraph.write_noted', 'yes', true);
        EXECUTE format('INSERT INTO %I.write_committing VALUES (pg_current_xact_id())', TG_TABLE_SCHEMA);
    END IF;
    RETURN NULL;
END
$$;

-- At commit: the new version, announced on a channel named after the schema (tables are named with their schema,
-- since the writer's search_path may not include it).
CREATE FUNCTION announce_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    next_version bigint;
    listed jsonb;
    written bigint := coalesce(nullif(current_setting('tradegraph.figures_written', true), ''), '0')::bigint;
BEGIN
    EXECUTE format('DELETE FROM %I.write_committing WHERE transaction_id = $1', TG_TABLE_SCHEMA) USING NEW.transaction_id;
    EXECUTE format('UPDATE %I.data_version SET version = version + 1 RETURNING version', TG_TABLE_SCHEMA)
        INTO next_version;
    listed := coalesce(nullif(current_setting('tradegraph.figures_listed', true), ''), '[]')::jsonb;
    PERFORM pg_notify(TG_TABLE_SCHEMA || '.data_changed', json_build_object('version', next_version,
        'figures', listed, 'complete', written <= jsonb_array_length(listed))::text);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER write_commits AFTER INSERT ON write_committing DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION announce_write();

CREATE TRIGGER figure_added AFTER INSERT ON figure REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION note_figures_added();
CREATE TRIGGER figure_changed AFTER UPDATE OR DELETE ON figure FOR EACH STATEMENT EXECUTE FUNCTION note_write();
CREATE TRIGGER source_changed AFTER INSERT OR UPDATE OR DELETE ON source FOR EACH STATEMENT EXECUTE FUNCTION note_write();
CREATE TRIGGER period_changed AFTER INSERT OR UPDATE OR DELETE ON period FOR EACH STATEMENT EXECUTE FUNCTION note_write();
CREATE TRIGGER area_changed AFTER INSERT OR UPDATE OR DELETE ON area FOR EACH STATEMENT EXECUTE FUNCTION note_write();
CREATE TRIGGER commodity_changed AFTER INSERT OR UPDATE OR DELETE ON commodity
    FOR EACH STATEMENT EXECUTE FUNCTION note_write();
CREATE TRIGGER market_changed AFTER INSERT OR UPDATE OR DELETE ON market FOR EACH STATEMENT EXECUTE FUNCTION note_write();
