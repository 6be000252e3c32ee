CREATE TABLE logs (id INT, msg TEXT) ENGINE=Aria;
