
-- s0007 set comment user_emails.email
COMMENT ON COLUMN user_emails.email IS NULL;

-- s0006 set comment user_emails
COMMENT ON VIEW user_emails IS NULL;

-- s0005 create view user_emails
DROP VIEW user_emails;

-- s0004 alter column users.email
ALTER TABLE users ALTER COLUMN email TYPE character varying(100) USING email::character varying(100);

-- s0003 drop view user_emails
CREATE VIEW user_emails AS
SELECT users.id,
    users.email
   FROM users;

-- s0002 set comment user_emails
COMMENT ON VIEW user_emails IS 'who';

-- s0001 set comment user_emails.email
COMMENT ON COLUMN user_emails.email IS 'login e-mail';
