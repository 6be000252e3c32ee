
-- s0001 drop foreign key a.a_ibfk_1
ALTER TABLE `a` DROP FOREIGN KEY `a_ibfk_1`;

-- s0002 drop foreign key b.b_ibfk_1
ALTER TABLE `b` DROP FOREIGN KEY `b_ibfk_1`;

-- s0005 create table keep
CREATE TABLE `keep` (
  `id` int NOT NULL,
  PRIMARY KEY (`id`)
);

-- s0006 drop table a
DROP TABLE `a`;

-- s0007 drop table b
DROP TABLE `b`;
