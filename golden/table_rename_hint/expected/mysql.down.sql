
-- s0001 rename table people
RENAME TABLE `people` TO `users`;
