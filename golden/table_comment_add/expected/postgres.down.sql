
-- s0001 set comment users
COMMENT ON TABLE users IS NULL;
