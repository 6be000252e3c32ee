
-- s0001 drop view user_emails
DROP VIEW user_emails;

-- s0002 create view user_emails
CREATE VIEW user_emails AS
SELECT users.id,
    users.email,
    users.name
   FROM users;
