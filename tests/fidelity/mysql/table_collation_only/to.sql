CREATE TABLE t (id INT, name VARCHAR(50)) COLLATE=utf8mb4_unicode_ci;
