
-- s0001 set comment user_emails.email
COMMENT ON COLUMN user_emails.email IS 'login e-mail';

-- s0002 set comment user_emails.id
COMMENT ON COLUMN user_emails.id IS 'it''s the key';
