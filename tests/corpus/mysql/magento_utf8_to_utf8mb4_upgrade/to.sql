CREATE TABLE store (
  store_id smallint(5) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Store ID',
  code varchar(32) DEFAULT NULL COMMENT 'Code',
  website_id smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Website ID',
  name varchar(255) NOT NULL COMMENT 'Store Name',
  sort_order smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Sort Order',
  is_active smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Activity',
  PRIMARY KEY (store_id),
  UNIQUE KEY STORE_CODE (code),
  KEY STORE_WEBSITE_ID (website_id),
  KEY STORE_IS_ACTIVE_SORT_ORDER (is_active, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Stores';

CREATE TABLE catalog_product_entity (
  entity_id int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Entity ID',
  attribute_set_id smallint(5) unsigned NOT NULL DEFAULT 0,
  type_id varchar(32) NOT NULL DEFAULT 'simple' COMMENT 'Type ID',
  sku varchar(64) NOT NULL COMMENT 'SKU',
  has_options smallint(6) NOT NULL DEFAULT 0,
  required_options smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'Required Options',
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'Creation Time',
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'Update Time',
  PRIMARY KEY (entity_id),
  KEY CATALOG_PRODUCT_ENTITY_ATTRIBUTE_SET_ID (attribute_set_id),
  KEY CATALOG_PRODUCT_ENTITY_SKU (sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Product Table';

CREATE TABLE catalog_product_entity_varchar (
  value_id int(11) NOT NULL AUTO_INCREMENT COMMENT 'Value ID',
  attribute_id smallint(5) unsigned NOT NULL DEFAULT 0,
  store_id smallint(5) unsigned NOT NULL DEFAULT 0,
  entity_id int(10) unsigned NOT NULL DEFAULT 0,
  value varchar(255) DEFAULT NULL COMMENT 'Value',
  PRIMARY KEY (value_id),
  UNIQUE KEY CATALOG_PRODUCT_ENTITY_VARCHAR_ENTITY_ID_ATTRIBUTE_ID_STORE_ID (entity_id, attribute_id, store_id),
  KEY CATALOG_PRODUCT_ENTITY_VARCHAR_ATTRIBUTE_ID (attribute_id),
  KEY CATALOG_PRODUCT_ENTITY_VARCHAR_STORE_ID (store_id),
  CONSTRAINT CAT_PRD_ENTT_VCHR_ENTT_ID_CAT_PRD_ENTT_ENTT_ID FOREIGN KEY (entity_id) REFERENCES catalog_product_entity (entity_id) ON DELETE CASCADE,
  CONSTRAINT CATALOG_PRODUCT_ENTITY_VARCHAR_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Catalog Product Varchar Attribute Backend Table';

CREATE TABLE search_query (
  query_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  query_text varchar(255) DEFAULT NULL,
  num_results int(10) unsigned NOT NULL DEFAULT 0,
  popularity int(10) unsigned NOT NULL DEFAULT 0,
  redirect varchar(255) DEFAULT NULL,
  store_id smallint(5) unsigned NOT NULL DEFAULT 0,
  display_in_terms smallint(6) NOT NULL DEFAULT 1,
  is_active smallint(6) DEFAULT 1,
  is_processed smallint(6) DEFAULT 0,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (query_id),
  UNIQUE KEY SEARCH_QUERY_QUERY_TEXT_STORE_ID (query_text, store_id),
  KEY SEARCH_QUERY_QUERY_TEXT_STORE_ID_POPULARITY (query_text, store_id, popularity),
  KEY SEARCH_QUERY_STORE_ID (store_id),
  KEY SEARCH_QUERY_IS_PROCESSED (is_processed),
  FULLTEXT KEY SEARCH_QUERY_QUERY_TEXT_REDIRECT (query_text, redirect),
  CONSTRAINT SEARCH_QUERY_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Search query table';

CREATE TABLE url_rewrite (
  url_rewrite_id int(10) unsigned NOT NULL AUTO_INCREMENT,
  entity_type varchar(32) NOT NULL,
  entity_id int(10) unsigned NOT NULL,
  request_path varchar(255) DEFAULT NULL,
  target_path varchar(255) DEFAULT NULL,
  redirect_type smallint(5) unsigned NOT NULL DEFAULT 0,
  store_id smallint(5) unsigned NOT NULL,
  description text DEFAULT NULL,
  metadata text DEFAULT NULL,
  PRIMARY KEY (url_rewrite_id),
  UNIQUE KEY URL_REWRITE_REQUEST_PATH_STORE_ID (request_path, store_id),
  KEY URL_REWRITE_STORE_ID_ENTITY_ID (store_id, entity_id),
  CONSTRAINT URL_REWRITE_STORE_ID_STORE_STORE_ID FOREIGN KEY (store_id) REFERENCES store (store_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=DYNAMIC;

CREATE VIEW active_store_products AS
  SELECT p.entity_id, p.sku, v.value AS name, s.code AS store_code, s.website_id
  FROM catalog_product_entity p
  JOIN catalog_product_entity_varchar v ON v.entity_id = p.entity_id AND v.attribute_id = 73
  JOIN store s ON s.store_id = v.store_id
  WHERE s.is_active = 1;
