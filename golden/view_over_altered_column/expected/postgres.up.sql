
-- s0001 drop view user_emails
DROP VIEW user_emails;

-- s0002 alter column users.email
ALTER TABLE users ALTER COLUMN email TYPE character varying(200) USING email::character varying(200);

-- s0003 create view user_emails
CREATE VIEW user_emails AS
SELECT users.id,
    users.email
   FROM users;
