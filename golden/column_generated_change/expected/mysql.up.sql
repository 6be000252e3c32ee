
-- s0001 drop column t.b
ALTER TABLE `t` DROP COLUMN `b`;

-- s0002 add column t.b
ALTER TABLE `t` ADD COLUMN `b` int GENERATED ALWAYS AS (`a` * 3) STORED;
