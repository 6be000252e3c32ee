
-- s0001 drop column t.m
ALTER TABLE `t` DROP COLUMN `m`;
