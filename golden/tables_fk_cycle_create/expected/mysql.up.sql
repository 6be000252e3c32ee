
-- s0001 create table a
CREATE TABLE `a` (
  `id` int NOT NULL,
  `b_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0002 create table b
CREATE TABLE `b` (
  `id` int NOT NULL,
  `a_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0003 create index a.b_id
ALTER TABLE `a` ADD INDEX IF NOT EXISTS `b_id` (`b_id`), DROP INDEX IF EXISTS `sqlx_auto_b_id`;

-- s0004 create index b.a_id
ALTER TABLE `b` ADD INDEX IF NOT EXISTS `a_id` (`a_id`), DROP INDEX IF EXISTS `sqlx_auto_a_id`;

-- s0005 add foreign key a.a_ibfk_1
ALTER TABLE `a` ADD CONSTRAINT `a_ibfk_1` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`);
ALTER TABLE `a` RENAME INDEX IF EXISTS `a_ibfk_1` TO `b_id`;

-- s0006 add foreign key b.b_ibfk_1
ALTER TABLE `b` ADD CONSTRAINT `b_ibfk_1` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`);
ALTER TABLE `b` RENAME INDEX IF EXISTS `b_ibfk_1` TO `a_id`;
