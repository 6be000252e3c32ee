CREATE TABLE settings (id int PRIMARY KEY, a int DEFAULT 42, b text DEFAULT 'y', c boolean);
