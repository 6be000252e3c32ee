
-- s0005 create view user_ids
DROP VIEW user_ids;

-- s0004 create view user_emails
DROP VIEW user_emails;

-- s0003 alter column users.email
ALTER TABLE users ALTER COLUMN email TYPE character varying(100) USING email::character varying(100);

-- s0002 drop view user_emails
CREATE VIEW user_emails AS
SELECT users.id,
    users.email
   FROM users;

-- s0001 drop view user_ids
CREATE VIEW user_ids AS
SELECT user_emails.id
   FROM user_emails;
