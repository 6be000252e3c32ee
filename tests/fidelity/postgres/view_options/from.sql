CREATE TABLE t (id int PRIMARY KEY, owner text);
CREATE VIEW v AS SELECT id, owner FROM t WHERE owner = current_user;
