
-- s0001 drop column t.b
ALTER TABLE `t` DROP COLUMN `b`;

-- s0002 alter column t.a
ALTER TABLE `t` MODIFY COLUMN `a` bigint NOT NULL;
