CREATE TABLE t (s ENUM('low','mid','high') DEFAULT 'low');
