CREATE TABLE users (id int PRIMARY KEY, email text, tenant int, login text);
