
-- s0001 create table users
DROP TABLE users;
