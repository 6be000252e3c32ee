CREATE TABLE t (s ENUM('it''s','a,b'));
