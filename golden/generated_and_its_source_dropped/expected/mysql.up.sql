
-- s0001 drop column t.b
ALTER TABLE `t` DROP COLUMN `b`;

-- s0002 drop column t.a
ALTER TABLE `t` DROP COLUMN `a`;
