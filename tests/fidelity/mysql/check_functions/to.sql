CREATE TABLE t (name VARCHAR(50), meta LONGTEXT, CONSTRAINT name_len CHECK (char_length(name) > 3), CONSTRAINT meta_json CHECK (json_valid(meta)));
