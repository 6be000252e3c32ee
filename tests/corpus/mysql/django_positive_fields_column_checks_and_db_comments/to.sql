CREATE TABLE `catalog_product` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(200) NOT NULL COMMENT 'Display name',
  `stock` integer UNSIGNED NOT NULL CHECK (`stock` >= 0),
  `weight_grams` integer UNSIGNED NOT NULL DEFAULT 0 CHECK (`weight_grams` >= 0),
  `attributes` longtext NULL CHECK (JSON_VALID(`attributes`)),
  `min_age` smallint UNSIGNED NOT NULL CHECK (`min_age` >= 0),
  `created` datetime(6) NOT NULL DEFAULT (CURRENT_TIMESTAMP(6)),
  `sku` varchar(32) NOT NULL DEFAULT (uuid())
) COMMENT='Sellable products';
ALTER TABLE `catalog_product` ADD CONSTRAINT `catalog_product_min_age_lte_18` CHECK (`min_age` <= 18);
ALTER TABLE `catalog_product` ADD CONSTRAINT `catalog_product_sku_uniq` UNIQUE (`sku`);
CREATE INDEX `catalog_product_name_0a1b2c3d` ON `catalog_product` (`name`);

CREATE TABLE `catalog_review` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `product_id` bigint NOT NULL,
  `rating` smallint UNSIGNED NOT NULL CHECK (`rating` >= 0),
  `text` longtext NOT NULL,
  `helpful_votes` integer UNSIGNED NOT NULL DEFAULT 0 CHECK (`helpful_votes` >= 0)
);
ALTER TABLE `catalog_review` ADD CONSTRAINT `catalog_review_product_id_9f8e7d6c_fk_catalog_product_id` FOREIGN KEY (`product_id`) REFERENCES `catalog_product` (`id`) ON DELETE CASCADE;
ALTER TABLE `catalog_review` ADD CONSTRAINT `rating_between_1_and_5` CHECK (`rating` BETWEEN 1 AND 5);
