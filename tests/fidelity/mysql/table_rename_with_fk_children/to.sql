CREATE TABLE accounts (id INT PRIMARY KEY);
CREATE TABLE posts (id INT PRIMARY KEY, user_id INT, CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES accounts (id));
