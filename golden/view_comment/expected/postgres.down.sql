
-- s0001 set comment user_emails
COMMENT ON VIEW user_emails IS NULL;
