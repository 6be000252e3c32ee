
-- s0001 drop table users
DROP TABLE users;
