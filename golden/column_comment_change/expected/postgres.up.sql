
-- s0001 set comment users.name
COMMENT ON COLUMN users.name IS 'b';
