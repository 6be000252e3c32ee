CREATE TABLE `django_content_type` (`id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY, `app_label` varchar(100) NOT NULL, `model` varchar(100) NOT NULL);
ALTER TABLE `django_content_type` ADD CONSTRAINT `django_content_type_app_label_model_76bd3d3b_uniq` UNIQUE (`app_label`, `model`);
CREATE TABLE `shop_product` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(200) NOT NULL, `slug` varchar(50) NOT NULL UNIQUE, `price` numeric(10, 2) NOT NULL, `is_active` bool NOT NULL);
CREATE TABLE `shop_tag` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `label` varchar(30) NOT NULL);
CREATE TABLE `shop_product_tags` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `product_id` bigint NOT NULL, `tag_id` bigint NOT NULL);
ALTER TABLE `shop_product_tags` ADD CONSTRAINT `shop_product_tags_product_id_tag_id_5e5d7b0a_uniq` UNIQUE (`product_id`, `tag_id`);
ALTER TABLE `shop_product_tags` ADD CONSTRAINT `shop_product_tags_product_id_0e5c6a5b_fk_shop_product_id` FOREIGN KEY (`product_id`) REFERENCES `shop_product` (`id`);
ALTER TABLE `shop_product_tags` ADD CONSTRAINT `shop_product_tags_tag_id_4f3f9c16_fk_shop_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `shop_tag` (`id`);
CREATE INDEX `shop_product_name_8f1c2e4a` ON `shop_product` (`name`);
