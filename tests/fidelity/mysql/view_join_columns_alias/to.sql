CREATE TABLE a (id INT PRIMARY KEY);
CREATE TABLE b (id INT, a_id INT);
CREATE VIEW ab (aid, bid) AS SELECT a.id, b.id FROM a JOIN b ON b.a_id = a.id;
