
-- s0001 set comment users
ALTER TABLE `users` COMMENT = 'people who log in';
