CREATE TABLE t (j JSON, name VARCHAR(50) AS (json_unquote(json_extract(j, '$.name'))) STORED, KEY (name));
