
-- s0001 alter column t.amount
ALTER TABLE `t` MODIFY COLUMN `amount` decimal(10,2) NOT NULL;
