-- The name key joined family and given name with '|', which sorts after letters, so "smith" listed
-- Smithers before Smith, John. A tab sorts before every letter and space (db/repositories/patients.ts).
UPDATE patients SET name_key = replace(name_key, '|', char(9));
