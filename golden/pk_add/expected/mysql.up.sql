
-- s0001 add primary key t.PRIMARY
ALTER TABLE `t` ADD PRIMARY KEY (`id`), DROP INDEX IF EXISTS `sqlx_auto_id`;
