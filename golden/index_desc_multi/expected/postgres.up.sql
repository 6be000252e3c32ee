
-- s0001 create index users.users_email_id_idx
CREATE INDEX users_email_id_idx ON users (email DESC, id);
