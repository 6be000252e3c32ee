CREATE TABLE t (id INT COMMENT 'naïve — \\ path ''q''') COMMENT 'Ünïcode ✓';
