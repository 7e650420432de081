-- What provincial articles name beyond the seeds: the farm and fishery products and the materials they list, the
-- continents they group markets by, more countries; and growth against the month before (so với tháng trước).
-- A continent is a REGION: never added to the countries in it.

INSERT INTO commodity (code, name_vi, name_en, parent_code) VALUES
('COFFEE', 'Cà phê', 'Coffee', 'AGRO_FORESTRY_FISHERY'),
('TEA', 'Chè', 'Tea', 'AGRO_FORESTRY_FISHERY'),
('RUBBER', 'Cao su', 'Rubber', 'AGRO_FORESTRY_FISHERY'),
('CASHEW', 'Hạt điều', 'Cashew nuts', 'AGRO_FORESTRY_FISHERY'),
('RICE', 'Gạo', 'Rice', 'AGRO_FORESTRY_FISHERY'),
('PEPPER', 'Hồ tiêu', 'Pepper', 'AGRO_FORESTRY_FISHERY'),
('CASSAVA', 'Sắn và sản phẩm từ sắn', 'Cassava and cassava products', 'AGRO_FORESTRY_FISHERY'),
('FRUIT_AND_VEGETABLES', 'Rau quả', 'Fruit and vegetables', 'AGRO_FORESTRY_FISHERY'),
('SHRIMP', 'Tôm', 'Shrimp', 'SEAFOOD'),
('ALUMINA', 'Alumin', 'Alumina', NULL),
('COAL', 'Than đá', 'Coal', 'FUELS_AND_MINERALS'),
('PETROLEUM_PRODUCTS', 'Xăng dầu', 'Petroleum products', 'FUELS_AND_MINERALS'),
('FERTILIZERS', 'Phân bón', 'Fertilizers', 'PRODUCTION_INPUTS'),
('FABRICS', 'Vải các loại', 'Fabrics', 'PRODUCTION_INPUTS'),
('PLASTIC_PRODUCTS', 'Sản phẩm từ chất dẻo', 'Plastic products', 'MANUFACTURED'),
('BAGS_AND_HATS', 'Túi xách, ví, vali, mũ, ô dù', 'Bags, wallets, suitcases, hats and umbrellas', 'MANUFACTURED');

INSERT INTO market (code, kind, name_vi, name_en, iso_code) VALUES
('ASIA', 'REGION', 'Châu Á', 'Asia', NULL),
('AMERICAS', 'REGION', 'Châu Mỹ', 'The Americas', NULL),
('OCEANIA', 'REGION', 'Châu Đại Dương', 'Oceania', NULL),
('CPTPP', 'BLOC', 'CPTPP', 'CPTPP', NULL),
('TW', 'COUNTRY', 'Đài Loan (Trung Quốc)', 'Taiwan, China', 'TW'),
('TH', 'COUNTRY', 'Thái Lan', 'Thailand', 'TH'),
('MY', 'COUNTRY', 'Malaysia', 'Malaysia', 'MY'),
('SG', 'COUNTRY', 'Singapore', 'Singapore', 'SG'),
('ID', 'COUNTRY', 'Indonesia', 'Indonesia', 'ID'),
('PH', 'COUNTRY', 'Philippines', 'Philippines', 'PH'),
('KH', 'COUNTRY', 'Campuchia', 'Cambodia', 'KH'),
('LA', 'COUNTRY', 'Lào', 'Laos', 'LA'),
('AU', 'COUNTRY', 'Australia', 'Australia', 'AU'),
('RU', 'COUNTRY', 'Nga', 'Russia', 'RU'),
('NL', 'COUNTRY', 'Hà Lan', 'Netherlands', 'NL'),
('BR', 'COUNTRY', 'Brazil', 'Brazil', 'BR'),
('MX', 'COUNTRY', 'Mexico', 'Mexico', 'MX');

ALTER TABLE figure DROP CONSTRAINT figure_growth_basis_check,
    ADD CONSTRAINT figure_growth_basis_check
        CHECK (growth_basis IN ('YEAR_ON_YEAR', 'MONTH_ON_MONTH', 'AVERAGE_ANNUAL', 'AGAINST_PLAN'));
