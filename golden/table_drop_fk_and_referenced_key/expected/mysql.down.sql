
-- s0004 drop table c
CREATE TABLE `c` (
  `id` int NOT NULL,
  `p_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

-- s0003 drop index c.p_id
ALTER TABLE `c` ADD INDEX IF NOT EXISTS `p_id` (`p_id`), DROP INDEX IF EXISTS `sqlx_auto_p_id`;

-- s0002 drop primary key p.PRIMARY
ALTER TABLE `p` ADD PRIMARY KEY (`id`), DROP INDEX IF EXISTS `sqlx_auto_id`;

-- s0001 drop foreign key c.c_ibfk_1
ALTER TABLE `c` ADD CONSTRAINT `c_ibfk_1` FOREIGN KEY (`p_id`) REFERENCES `p` (`id`);
ALTER TABLE `c` RENAME INDEX IF EXISTS `c_ibfk_1` TO `p_id`;
