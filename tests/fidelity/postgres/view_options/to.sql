CREATE TABLE t (id int PRIMARY KEY, owner text);
CREATE VIEW v WITH (security_barrier = true, security_invoker = true) AS
  SELECT id, owner FROM t WHERE owner = current_user WITH LOCAL CHECK OPTION;
