CREATE TABLE auth_user (
  id int(11) NOT NULL AUTO_INCREMENT,
  password varchar(128) NOT NULL,
  last_login datetime(6) DEFAULT NULL,
  username varchar(150) NOT NULL,
  email varchar(254) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE shop_customer (
  id int(11) NOT NULL AUTO_INCREMENT,
  user_id int(11) NOT NULL,
  phone varchar(20) NOT NULL,
  loyalty_tier varchar(10) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY user_id (user_id),
  CONSTRAINT shop_customer_user_id_8f2c1e0a_fk_auth_user_id FOREIGN KEY (user_id) REFERENCES auth_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE shop_order (
  id int(11) NOT NULL AUTO_INCREMENT,
  customer_id int(11) DEFAULT NULL,
  created_by_id int(11) NOT NULL,
  reference varchar(32) NOT NULL,
  created datetime(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY reference (reference),
  KEY shop_order_customer_id_3f9ad1c2_fk_shop_customer_id (customer_id),
  KEY shop_order_created_by_id_77e0c2b1_fk_auth_user_id (created_by_id),
  CONSTRAINT shop_order_customer_id_3f9ad1c2_fk_shop_customer_id FOREIGN KEY (customer_id) REFERENCES shop_customer (id),
  CONSTRAINT shop_order_created_by_id_77e0c2b1_fk_auth_user_id FOREIGN KEY (created_by_id) REFERENCES auth_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE shop_order_tags (
  id int(11) NOT NULL AUTO_INCREMENT,
  order_id int(11) NOT NULL,
  tag varchar(30) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY shop_order_tags_order_id_tag_0d3b1a4e_uniq (order_id, tag),
  CONSTRAINT shop_order_tags_order_id_1b2c3d4e_fk_shop_order_id FOREIGN KEY (order_id) REFERENCES shop_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
