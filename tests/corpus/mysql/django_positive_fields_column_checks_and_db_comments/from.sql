CREATE TABLE `catalog_product` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `stock` smallint UNSIGNED NOT NULL CHECK (`stock` >= 0),
  `weight_grams` integer UNSIGNED NULL CHECK (`weight_grams` >= 0),
  `attributes` longtext NOT NULL CHECK (JSON_VALID(`attributes`)),
  `min_age` smallint UNSIGNED NOT NULL CHECK (`min_age` >= 0),
  `created` datetime(6) NOT NULL
);
ALTER TABLE `catalog_product` ADD CONSTRAINT `catalog_product_min_age_lte_21` CHECK (`min_age` <= 21);
CREATE INDEX `catalog_product_name_0a1b2c3d` ON `catalog_product` (`name`);

CREATE TABLE `catalog_review` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `product_id` bigint NOT NULL,
  `stars` smallint UNSIGNED NOT NULL CHECK (`stars` >= 0),
  `text` longtext NOT NULL
);
ALTER TABLE `catalog_review` ADD CONSTRAINT `catalog_review_product_id_9f8e7d6c_fk_catalog_product_id` FOREIGN KEY (`product_id`) REFERENCES `catalog_product` (`id`);
ALTER TABLE `catalog_review` ADD CONSTRAINT `stars_between_1_and_5` CHECK (`stars` BETWEEN 1 AND 5);
