CREATE TABLE settings (id int PRIMARY KEY, a int, b text DEFAULT 'x', c boolean DEFAULT true);
