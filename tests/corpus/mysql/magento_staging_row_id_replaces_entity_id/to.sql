CREATE TABLE sequence_product (
  sequence_value int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (sequence_value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE catalog_product_entity (
  row_id int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Version Id',
  entity_id int(10) unsigned NOT NULL COMMENT 'Entity ID',
  created_in bigint(20) unsigned NOT NULL DEFAULT 1 COMMENT 'Update Id',
  updated_in bigint(20) unsigned NOT NULL DEFAULT 2147483647 COMMENT 'Next Update Id',
  sku varchar(64) NOT NULL COMMENT 'SKU',
  type_id varchar(32) NOT NULL DEFAULT 'simple',
  created_at timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Creation Time',
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp() COMMENT 'Update Time',
  PRIMARY KEY (row_id),
  KEY CATALOG_PRODUCT_ENTITY_SKU (sku),
  KEY CATALOG_PRODUCT_ENTITY_ENTITY_ID_CREATED_IN_UPDATED_IN (entity_id, created_in, updated_in),
  KEY CATALOG_PRODUCT_ENTITY_CREATED_IN (created_in),
  KEY CATALOG_PRODUCT_ENTITY_UPDATED_IN (updated_in),
  CONSTRAINT CATALOG_PRODUCT_ENTITY_ENTITY_ID_SEQUENCE_PRODUCT_SEQUENCE_VALUE FOREIGN KEY (entity_id) REFERENCES sequence_product (sequence_value) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Catalog Product Table';

CREATE TABLE catalog_product_entity_int (
  value_id int(11) NOT NULL AUTO_INCREMENT,
  attribute_id smallint(5) unsigned NOT NULL DEFAULT 0,
  store_id smallint(5) unsigned NOT NULL DEFAULT 0,
  row_id int(10) unsigned NOT NULL,
  value int(11) DEFAULT NULL,
  PRIMARY KEY (value_id),
  UNIQUE KEY CATALOG_PRODUCT_ENTITY_INT_ROW_ID_ATTRIBUTE_ID_STORE_ID (row_id, attribute_id, store_id),
  KEY CATALOG_PRODUCT_ENTITY_INT_ATTRIBUTE_ID (attribute_id),
  CONSTRAINT CATALOG_PRODUCT_ENTITY_INT_ROW_ID_CATALOG_PRODUCT_ENTITY_ROW_ID FOREIGN KEY (row_id) REFERENCES catalog_product_entity (row_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE catalog_product_website (
  product_id int(10) unsigned NOT NULL,
  website_id smallint(5) unsigned NOT NULL,
  PRIMARY KEY (product_id, website_id),
  KEY CATALOG_PRODUCT_WEBSITE_WEBSITE_ID (website_id),
  CONSTRAINT CAT_PRD_WS_PRD_ID_SEQUENCE_PRD_SEQUENCE_VAL FOREIGN KEY (product_id) REFERENCES sequence_product (sequence_value) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
