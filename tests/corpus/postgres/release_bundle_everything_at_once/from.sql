CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TYPE user_role AS ENUM ('member', 'admin');

CREATE TABLE tenants (
    id bigserial PRIMARY KEY,
    slug varchar(64) NOT NULL UNIQUE,
    name text NOT NULL,
    plan varchar(20) NOT NULL DEFAULT 'free',
    created_at timestamp NOT NULL DEFAULT now(),
    CONSTRAINT tenants_plan_check CHECK (plan IN ('free', 'pro', 'enterprise'))
);
COMMENT ON TABLE tenants IS 'Customer organisations';

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email varchar(255) NOT NULL,
    full_name varchar(100),
    role user_role NOT NULL DEFAULT 'member',
    is_active boolean NOT NULL DEFAULT true,
    login_count integer NOT NULL DEFAULT 0,
    last_login_at timestamp,
    created_at timestamp NOT NULL DEFAULT now(),
    updated_at timestamp NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX index_users_on_tenant_id_and_email ON users (tenant_id, email);
CREATE INDEX index_users_on_lower_email ON users (lower(email));
COMMENT ON COLUMN users.email IS 'login e-mail';

CREATE TABLE categories (
    id serial PRIMARY KEY,
    parent_id integer REFERENCES categories (id),
    name varchar(80) NOT NULL,
    position integer NOT NULL DEFAULT 0
);

CREATE TABLE products (
    id bigserial PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    category_id integer REFERENCES categories (id) ON DELETE SET NULL,
    sku varchar(32) NOT NULL,
    title varchar(200) NOT NULL,
    description text,
    price numeric(10,2) NOT NULL DEFAULT 0,
    stock integer NOT NULL DEFAULT 0,
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT products_price_check CHECK (price >= 0),
    UNIQUE (tenant_id, sku)
);
CREATE INDEX products_category_id_idx ON products (category_id);

CREATE TABLE addresses (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    line1 text NOT NULL,
    city varchar(100) NOT NULL,
    country char(2) NOT NULL DEFAULT 'US',
    zip varchar(10)
);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    user_id bigint NOT NULL REFERENCES users (id),
    shipping_address_id bigint REFERENCES addresses (id) ON DELETE SET NULL,
    status order_status NOT NULL DEFAULT 'pending',
    total numeric(12,2) NOT NULL DEFAULT 0,
    placed_at timestamp NOT NULL DEFAULT now(),
    notes text
);
CREATE INDEX orders_user_id_placed_at_idx ON orders (user_id, placed_at DESC);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status = 'pending';

CREATE TABLE order_items (
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    product_id bigint NOT NULL REFERENCES products (id),
    quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    amount numeric(12,2) NOT NULL,
    provider varchar(20) NOT NULL,
    external_id varchar(64),
    paid_at timestamp,
    CONSTRAINT payments_amount_check CHECK (amount > 0)
);
CREATE UNIQUE INDEX payments_external_id_key ON payments (provider, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE reviews (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    user_id bigint REFERENCES users (id) ON DELETE SET NULL,
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body text,
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE tags (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE
);

CREATE TABLE product_tags (
    product_id bigint NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    tag_id integer NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint,
    actor_id bigint,
    action varchar(50) NOT NULL,
    payload jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_created_idx ON audit_log (tenant_id, created_at);

CREATE VIEW active_users AS
    SELECT id, tenant_id, email, full_name FROM users WHERE is_active;

CREATE VIEW order_totals AS
    SELECT o.tenant_id, o.user_id, count(*) AS orders, sum(o.total) AS revenue
    FROM orders o WHERE o.status <> 'cancelled' GROUP BY o.tenant_id, o.user_id;
