
-- s0001 drop view user_emails
DROP VIEW `user_emails`;
