
-- s0002 drop column t.a
ALTER TABLE `t` ADD COLUMN `a` int NOT NULL AFTER `id`;

-- s0001 drop column t.b
ALTER TABLE `t` ADD COLUMN `b` int GENERATED ALWAYS AS (`a` * 2) STORED AFTER `a`;
