
-- s0001 alter column t.n
ALTER TABLE `t` MODIFY COLUMN `n` bigint NOT NULL;
