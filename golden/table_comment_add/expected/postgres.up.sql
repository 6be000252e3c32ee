
-- s0001 set comment users
COMMENT ON TABLE users IS 'people who log in';
