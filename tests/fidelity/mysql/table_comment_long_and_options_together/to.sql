CREATE TABLE t (id INT) ENGINE=InnoDB ROW_FORMAT=REDUNDANT STATS_SAMPLE_PAGES=25 COMMENT='A fairly long table comment with ''quotes'' and ; semicolons';
