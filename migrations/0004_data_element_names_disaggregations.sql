-- Data elements get an English name beside the Chinese one, and the disaggregations they are
-- collected by (e.g. 男 / 女, or age groups): the categoryOptionCombo codes entry and import accept.
ALTER TABLE data_elements ADD COLUMN name_en text;
ALTER TABLE data_elements ADD COLUMN disaggregations jsonb NOT NULL DEFAULT '[]'::jsonb;
