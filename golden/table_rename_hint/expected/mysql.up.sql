
-- s0001 rename table people
RENAME TABLE `users` TO `people`;
