CREATE TABLE tenants (
    id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug varchar(64) NOT NULL,
    name varchar(255) NOT NULL,
    plan enum('free','pro','enterprise') NOT NULL DEFAULT 'free',
    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY tenants_slug_unique (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='Customer organisations';

CREATE TABLE users (
    id bigint unsigned NOT NULL AUTO_INCREMENT,
    tenant_id bigint unsigned NOT NULL,
    email varchar(191) NOT NULL,
    full_name varchar(100) DEFAULT NULL,
    role enum('member','admin') NOT NULL DEFAULT 'member',
    is_active tinyint(1) NOT NULL DEFAULT 1,
    login_count int(11) NOT NULL DEFAULT 0,
    last_login_at datetime DEFAULT NULL,
    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY users_tenant_id_email_unique (tenant_id, email),
    KEY users_created_at_index (created_at),
    CONSTRAINT users_tenant_id_foreign FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE categories (
    id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id int unsigned DEFAULT NULL,
    name varchar(80) NOT NULL,
    position smallint NOT NULL DEFAULT 0,
    FOREIGN KEY (parent_id) REFERENCES categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
    id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id bigint unsigned NOT NULL,
    category_id int unsigned DEFAULT NULL,
    sku varchar(32) NOT NULL,
    title varchar(200) NOT NULL,
    description text,
    price decimal(10,2) NOT NULL DEFAULT 0.00,
    stock int NOT NULL DEFAULT 0,
    attributes json DEFAULT NULL,
    created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE KEY products_tenant_sku (tenant_id, sku),
    KEY products_category_id (category_id),
    FULLTEXT KEY products_search (title, description),
    CONSTRAINT products_price_check CHECK (price >= 0),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE addresses (
    id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id bigint unsigned NOT NULL,
    line1 varchar(255) NOT NULL,
    city varchar(100) NOT NULL,
    country char(2) NOT NULL DEFAULT 'US',
    zip varchar(10) DEFAULT NULL,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
    id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id bigint unsigned NOT NULL,
    user_id bigint unsigned NOT NULL,
    shipping_address_id bigint unsigned DEFAULT NULL,
    status enum('pending','paid','shipped','cancelled') NOT NULL DEFAULT 'pending',
    total decimal(12,2) NOT NULL DEFAULT 0.00,
    placed_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
    notes text,
    KEY orders_user_placed (user_id, placed_at),
    KEY orders_status (status),
    FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    FOREIGN KEY (user_id) REFERENCES users (id),
    FOREIGN KEY (shipping_address_id) REFERENCES addresses (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_items (
    order_id bigint unsigned NOT NULL,
    line_no int NOT NULL,
    product_id bigint unsigned NOT NULL,
    quantity int unsigned NOT NULL DEFAULT 1,
    unit_price decimal(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no),
    CHECK (quantity > 0),
    FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE payments (
    id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id bigint unsigned NOT NULL,
    amount decimal(12,2) NOT NULL,
    provider varchar(20) NOT NULL,
    external_id varchar(64) DEFAULT NULL,
    paid_at datetime DEFAULT NULL,
    UNIQUE KEY payments_provider_external (provider, external_id),
    CONSTRAINT payments_amount_positive CHECK (amount > 0),
    FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE reviews (
    id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id bigint unsigned NOT NULL,
    user_id bigint unsigned DEFAULT NULL,
    rating tinyint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body text,
    created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tags (
    id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name varchar(50) NOT NULL,
    UNIQUE KEY name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_tags (
    product_id bigint unsigned NOT NULL,
    tag_id int unsigned NOT NULL,
    PRIMARY KEY (product_id, tag_id),
    KEY tag_id (tag_id),
    FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE audit_log (
    id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id bigint unsigned DEFAULT NULL,
    actor_id bigint unsigned DEFAULT NULL,
    action varchar(50) NOT NULL,
    payload json DEFAULT NULL,
    created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY audit_log_tenant_created (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE VIEW active_users AS
    SELECT id, tenant_id, email, full_name FROM users WHERE is_active = 1;

CREATE VIEW order_totals AS
    SELECT o.tenant_id, o.user_id, count(*) AS orders, sum(o.total) AS revenue
    FROM orders o WHERE o.status <> 'cancelled' GROUP BY o.tenant_id, o.user_id;

CREATE TABLE coupons (
    id int NOT NULL AUTO_INCREMENT,
    code varchar(20) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4;
