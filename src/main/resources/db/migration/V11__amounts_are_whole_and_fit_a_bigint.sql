-- Amounts, their ranges and precisions are whole units of at most 18 digits, as every write has checked (Bounds):
-- reads take them as bigints, which arrive as eight bytes instead of text to parse, so the table holds every row
-- to it. Numeric stays the column type: writes, filters and sums keep exact decimal arithmetic.
ALTER TABLE figure ADD CONSTRAINT figure_amounts_whole_within_bigint CHECK (
    (amount IS NULL OR (amount = trunc(amount) AND abs(amount) < 1e18))
    AND (amount_low IS NULL OR (amount_low = trunc(amount_low) AND abs(amount_low) < 1e18))
    AND (amount_high IS NULL OR (amount_high = trunc(amount_high) AND abs(amount_high) < 1e18))
    AND (amount_precision IS NULL OR (amount_precision = trunc(amount_precision) AND amount_precision < 1e18)));
