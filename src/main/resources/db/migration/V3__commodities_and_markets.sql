-- Commodities and markets that the articles name. Groups such as "items above USD 1 billion" are commodities
-- too, because the articles state shares for them exactly as they do for a single product.

INSERT INTO commodity (code, name_vi, name_en, parent_code) VALUES
('MANUFACTURED', 'Nhóm hàng công nghiệp chế biến', 'Processed and manufactured goods', NULL),
('AGRO_FORESTRY_FISHERY', 'Nông, lâm, thủy sản', 'Agricultural, forestry and fishery products', NULL),
('FUELS_AND_MINERALS', 'Nhiên liệu và khoáng sản', 'Fuels and minerals', NULL),
('PRODUCTION_INPUTS', 'Nguyên liệu sản xuất', 'Production inputs', NULL),
('KEY_PRODUCTS', 'Mặt hàng chủ lực (theo nguồn)', 'Key products (as grouped by the source)', NULL),
('ITEMS_OVER_1BN_USD', 'Các mặt hàng đạt trên 1 tỷ USD', 'Items above USD 1 billion each', NULL),
('ITEMS_OVER_10BN_USD', 'Các mặt hàng đạt trên 10 tỷ USD', 'Items above USD 10 billion each', 'ITEMS_OVER_1BN_USD'),
('WOOD', 'Gỗ và sản phẩm gỗ', 'Wood and wood products', 'MANUFACTURED'),
('TEXTILES', 'Dệt may', 'Textiles and garments', 'MANUFACTURED'),
('FOOTWEAR', 'Giày dép, da giày', 'Footwear and leather', 'MANUFACTURED'),
('IRON_AND_STEEL', 'Sắt thép', 'Iron and steel', 'MANUFACTURED'),
('ELECTRONICS', 'Sản phẩm điện tử', 'Electronics', 'MANUFACTURED'),
('COMPUTERS_AND_COMPONENTS', 'Máy vi tính, sản phẩm điện tử và linh kiện', 'Computers, electronics and components', 'MANUFACTURED'),
('PHONES_AND_COMPONENTS', 'Điện thoại các loại và linh kiện', 'Phones and components', 'MANUFACTURED'),
('MACHINERY', 'Máy móc thiết bị', 'Machinery and equipment', 'MANUFACTURED'),
('CEMENT', 'Xi măng', 'Cement', 'MANUFACTURED'),
('HANDICRAFTS', 'Hàng thủ công mỹ nghệ', 'Handicrafts', 'MANUFACTURED'),
('LYCHEE', 'Vải thiều', 'Lychee', 'AGRO_FORESTRY_FISHERY'),
('LONGAN', 'Nhãn', 'Longan', 'AGRO_FORESTRY_FISHERY'),
('SEAFOOD', 'Thủy sản', 'Seafood', 'AGRO_FORESTRY_FISHERY'),
('WOOD_CHIPS', 'Dăm gỗ', 'Wood chips', 'AGRO_FORESTRY_FISHERY'),
('CRUDE_OIL', 'Dầu thô', 'Crude oil', 'FUELS_AND_MINERALS');

INSERT INTO market (code, kind, name_vi, name_en, iso_code) VALUES
('WORLD', 'WORLD', 'Thế giới', 'World', NULL),
('EUROPE', 'REGION', 'Châu Âu', 'Europe', NULL),
('MIDDLE_EAST', 'REGION', 'Trung Đông', 'Middle East', NULL),
('AFRICA', 'REGION', 'Châu Phi', 'Africa', NULL),
('EU', 'BLOC', 'Liên minh châu Âu (EU)', 'European Union', NULL),
('ASEAN', 'BLOC', 'ASEAN', 'ASEAN', NULL),
('CN', 'COUNTRY', 'Trung Quốc', 'China', 'CN'),
('US', 'COUNTRY', 'Hoa Kỳ', 'United States', 'US'),
('JP', 'COUNTRY', 'Nhật Bản', 'Japan', 'JP'),
('KR', 'COUNTRY', 'Hàn Quốc', 'South Korea', 'KR'),
('HK', 'COUNTRY', 'Hồng Kông (Trung Quốc)', 'Hong Kong, China', 'HK'),
('IN', 'COUNTRY', 'Ấn Độ', 'India', 'IN'),
('CA', 'COUNTRY', 'Canada', 'Canada', 'CA'),
('GB', 'COUNTRY', 'Vương quốc Anh', 'United Kingdom', 'GB'),
('AE', 'COUNTRY', 'Các Tiểu vương quốc Ả Rập Thống nhất', 'United Arab Emirates', 'AE');
