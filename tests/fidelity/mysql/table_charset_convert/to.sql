CREATE TABLE t (id INT, name VARCHAR(50), bio TEXT) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
