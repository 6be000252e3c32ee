
-- s0001 create view user_emails
DROP VIEW user_emails;
