CREATE TABLE t (s ENUM('pending','paid') NOT NULL DEFAULT 'pending');
