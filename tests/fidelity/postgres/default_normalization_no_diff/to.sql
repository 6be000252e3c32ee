create table t (id integer primary key, n NUMERIC default 0, s character varying(10) default 'a', c character(2) default 'US');
