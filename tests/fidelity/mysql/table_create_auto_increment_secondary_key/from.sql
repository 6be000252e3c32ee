CREATE TABLE other (x INT);
