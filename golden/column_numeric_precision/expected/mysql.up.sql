
-- s0001 alter column t.amount
ALTER TABLE `t` MODIFY COLUMN `amount` decimal(14,4) NOT NULL;
