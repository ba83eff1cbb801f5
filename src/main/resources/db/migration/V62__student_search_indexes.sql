-- Student search by part of the name or number without reading the whole table (issue 15).
-- pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13 and later): the owner of
-- the database, or any user with CREATE on it, may create it; no superuser is needed.
create extension if not exists pg_trgm;

-- Three characters or more: the trigrams of the lower-cased key (student number and name).
create index student_search_trgm_idx on student using gin (search_key gin_trgm_ops);

-- One or two characters (a Chinese surname or given name) have no trigram: the key's characters,
-- of which the search asks for all and then checks the order with LIKE.
create index student_search_characters_idx on student using gin (string_to_array(search_key, null));
