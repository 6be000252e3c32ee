
-- s0001 alter column t.c
ALTER TABLE `t` MODIFY COLUMN `c` int NOT NULL AFTER `id`;

-- s0002 alter column t.a
ALTER TABLE `t` MODIFY COLUMN `a` int NOT NULL AFTER `c`;

-- s0003 alter column t.b
ALTER TABLE `t` MODIFY COLUMN `b` int NOT NULL AFTER `a`;
