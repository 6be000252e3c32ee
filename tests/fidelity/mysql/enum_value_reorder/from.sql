CREATE TABLE t (s ENUM('low','high','mid') DEFAULT 'low');
