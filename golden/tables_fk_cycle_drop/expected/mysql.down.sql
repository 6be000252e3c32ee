
-- s0007 drop table b
CREATE TABLE `b` (
  `id` int NOT NULL,
  `a_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0006 drop table a
CREATE TABLE `a` (
  `id` int NOT NULL,
  `b_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0005 create table keep
DROP TABLE `keep`;

-- s0004 drop index b.a_id
ALTER TABLE `b` ADD INDEX IF NOT EXISTS `a_id` (`a_id`), DROP INDEX IF EXISTS `sqlx_auto_a_id`;

-- s0003 drop index a.b_id
ALTER TABLE `a` ADD INDEX IF NOT EXISTS `b_id` (`b_id`), DROP INDEX IF EXISTS `sqlx_auto_b_id`;

-- s0002 drop foreign key b.b_ibfk_1
ALTER TABLE `b` ADD CONSTRAINT `b_ibfk_1` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`);
ALTER TABLE `b` RENAME INDEX IF EXISTS `b_ibfk_1` TO `a_id`;

-- s0001 drop foreign key a.a_ibfk_1
ALTER TABLE `a` ADD CONSTRAINT `a_ibfk_1` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`);
ALTER TABLE `a` RENAME INDEX IF EXISTS `a_ibfk_1` TO `b_id`;
