-- New students go into the search indexes' pending lists (GIN fast update) of up to 32 MB instead
-- of the default 4 MB: an import of 10,000 students no longer merges the lists into the indexes
-- several times while it runs (issue 15). The import cleans the lists up after it has answered
-- (ImportService), as autovacuum does otherwise; a search reads the pending list meanwhile.
alter index student_search_trgm_idx set (gin_pending_list_limit = 32768);
alter index student_search_characters_idx set (gin_pending_list_limit = 32768);
