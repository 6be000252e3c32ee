
-- s0001 drop view user_emails
CREATE VIEW user_emails AS
SELECT users.id,
    users.email
   FROM users;
