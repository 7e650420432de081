-- What real provincial articles state beyond one number per flow (issue #22):
--
-- A figure's scope: a sector of the economy (khu vực có vốn đầu tư nước ngoài, khu vực trong nước, and within the
-- domestic sector the state and private ones) or a restriction (trừ dầu thô, doanh nghiệp trong tỉnh, named
-- enterprises). No scope is the area's whole trade. A scoped figure is never a total: the reads keep it apart, the
-- reconciliation checks the sectors against the whole, and sums refuse to add it to what contains it.
CREATE TABLE scope (
    code        text PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('SECTOR', 'RESTRICTION')),
    name_vi     text NOT NULL,
    name_en     text NOT NULL,
    -- A sector within a sector (the state sector within the domestic one); the sectors with the same parent, or
    -- none, divide it (or the whole) between them without overlap.
    parent_code text REFERENCES scope (code),
    CHECK (parent_code <> code),
    CHECK (kind = 'SECTOR' OR parent_code IS NULL)
);
INSERT INTO scope (code, kind, name_vi, name_en, parent_code) VALUES
('FDI', 'SECTOR', 'Khu vực có vốn đầu tư nước ngoài', 'Foreign-invested sector', NULL),
('DOMESTIC', 'SECTOR', 'Khu vực kinh tế trong nước', 'Domestic sector', NULL),
('STATE', 'SECTOR', 'Khu vực nhà nước', 'State sector', 'DOMESTIC'),
('PRIVATE', 'SECTOR', 'Khu vực ngoài nhà nước', 'Non-state sector', 'DOMESTIC'),
('EXCLUDING_CRUDE_OIL', 'RESTRICTION', 'Không kể dầu thô', 'Excluding crude oil', NULL),
('LOCAL_ENTERPRISES', 'RESTRICTION', 'Doanh nghiệp trong tỉnh', 'Enterprises based in the province', NULL),
('NAMED_ENTERPRISES', 'RESTRICTION', 'Doanh nghiệp được nêu tên', 'Enterprises the article names (see the note)', NULL);

ALTER TABLE figure ADD COLUMN scope_code text REFERENCES scope (code);

-- Which markets a region or bloc is made of, as far as the catalog names them: a region is never added to its
-- members, nor two groups that share one. WORLD contains every market and needs no rows.
CREATE TABLE market_member (
    market_code text NOT NULL REFERENCES market (code),
    member_code text NOT NULL REFERENCES market (code),
    PRIMARY KEY (market_code, member_code),
    CHECK (market_code <> member_code)
);
INSERT INTO market_member (market_code, member_code) VALUES
('ASEAN', 'TH'), ('ASEAN', 'MY'), ('ASEAN', 'SG'), ('ASEAN', 'ID'), ('ASEAN', 'PH'), ('ASEAN', 'KH'), ('ASEAN', 'LA'),
('EU', 'NL'),
('EUROPE', 'EU'), ('EUROPE', 'GB'), ('EUROPE', 'RU'),
('MIDDLE_EAST', 'AE'),
('ASIA', 'ASEAN'), ('ASIA', 'MIDDLE_EAST'), ('ASIA', 'CN'), ('ASIA', 'JP'), ('ASIA', 'KR'), ('ASIA', 'HK'),
('ASIA', 'TW'), ('ASIA', 'IN'),
('AMERICAS', 'US'), ('AMERICAS', 'CA'), ('AMERICAS', 'BR'), ('AMERICAS', 'MX'),
('OCEANIA', 'AU'),
('CPTPP', 'JP'), ('CPTPP', 'CA'), ('CPTPP', 'MX'), ('CPTPP', 'AU'), ('CPTPP', 'SG'), ('CPTPP', 'MY'), ('CPTPP', 'GB');

-- A growth as the multiple the article states (gấp 3 lần: 3), kept beside the percent it makes; and a second
-- growth of the same amount on another basis (tăng 4% so với tháng trước và 15% so với cùng kỳ).
ALTER TABLE figure
    ADD COLUMN growth_multiple numeric CHECK (growth_multiple > 0),
    ADD COLUMN second_growth_pct numeric,
    ADD COLUMN second_growth_basis text CHECK (second_growth_basis IN ('YEAR_ON_YEAR', 'MONTH_ON_MONTH',
        'AVERAGE_ANNUAL', 'AGAINST_PLAN')),
    ADD CHECK (growth_multiple IS NULL OR growth_pct = (growth_multiple - 1) * 100),
    ADD CHECK ((second_growth_pct IS NULL) = (second_growth_basis IS NULL)),
    ADD CHECK (second_growth_pct IS NULL OR (growth_basis IS NOT NULL AND second_growth_basis <> growth_basis));

-- A rank within a group the article names: 11th of 63 in the country, 2nd of the 14 provinces of a region.
ALTER TABLE figure
    ADD COLUMN rank_of integer CHECK (rank_of > 0),
    ADD COLUMN rank_within text CHECK (rank_within IN ('NORTHERN_MIDLANDS_AND_MOUNTAINS', 'RED_RIVER_DELTA',
        'NORTH_AND_SOUTH_CENTRAL_COAST', 'CENTRAL_HIGHLANDS', 'SOUTHEAST', 'MEKONG_RIVER_DELTA')),
    ADD CHECK (rank_of IS NULL OR (rank IS NOT NULL AND rank <= rank_of)),
    ADD CHECK (rank_within IS NULL OR rank IS NOT NULL);

-- A stated attainment of the plan is a value too: a figure that states only it is no mention.
ALTER TABLE figure DROP CONSTRAINT figure_states_something,
    ADD CONSTRAINT figure_states_something
        CHECK (mention = (num_nonnulls(amount, amount_low, growth_pct, growth_low, rank, share_pct, plan_pct) = 0));
