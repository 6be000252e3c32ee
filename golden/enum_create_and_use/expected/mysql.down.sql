
-- s0001 add column t.m
ALTER TABLE `t` DROP COLUMN `m`;
