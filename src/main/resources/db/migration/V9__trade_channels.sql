-- The channel a figure's trade went through, which provincial articles split their totals by: official trade
-- under customs declarations (chính ngạch) and small-scale border trade (tiểu ngạch, biên mậu). Like the other
-- restrictions, a figure of one channel is never the area's total, nor added to it.
INSERT INTO scope (code, kind, name_vi, name_en, parent_code) VALUES
('OFFICIAL_TRADE', 'RESTRICTION', 'Xuất nhập khẩu chính ngạch', 'Official trade (under customs declarations)', NULL),
('BORDER_TRADE', 'RESTRICTION', 'Xuất nhập khẩu tiểu ngạch, biên mậu', 'Small-scale border trade', NULL);
