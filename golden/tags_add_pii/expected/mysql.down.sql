
-- s0001 set tags users.email
CREATE TABLE IF NOT EXISTS sqlx_tags (kind varchar(16) NOT NULL, object varchar(600) NOT NULL, tags text NOT NULL, PRIMARY KEY (kind, object));
DELETE FROM sqlx_tags WHERE kind = 'column' AND object = 'users.email';
