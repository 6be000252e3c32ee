
-- s0001 set tags users.email
CREATE TABLE IF NOT EXISTS sqlx_tags (kind varchar(16) NOT NULL, object varchar(600) NOT NULL, tags text NOT NULL, PRIMARY KEY (kind, object));
REPLACE INTO sqlx_tags (kind, object, tags) VALUES ('column', 'users.email', '{"pii":true,"sensitivity":"high"}');
