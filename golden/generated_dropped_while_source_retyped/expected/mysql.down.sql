
-- s0002 alter column t.a
ALTER TABLE `t` MODIFY COLUMN `a` int NOT NULL;

-- s0001 drop column t.b
ALTER TABLE `t` ADD COLUMN `b` int GENERATED ALWAYS AS (`a` * 2) STORED;
