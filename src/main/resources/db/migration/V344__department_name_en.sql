-- A department's English name, for the English pages; when none is recorded, the pages use the
-- standard English name of a common department name (organization/department-names.properties),
-- else the Chinese name.
alter table department add column name_en varchar(200);
