CREATE TABLE t (s ENUM('pending','paid','shipped') NOT NULL DEFAULT 'pending');
