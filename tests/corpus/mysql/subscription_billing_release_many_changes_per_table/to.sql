CREATE TABLE plans (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code varchar(64) NOT NULL,
  name varchar(120) NOT NULL DEFAULT '',
  price_cents bigint unsigned NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD',
  interval_unit enum('week','month','quarter','year') NOT NULL DEFAULT 'month',
  archived_at datetime(6) NULL,
  UNIQUE KEY plans_code_unique (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='billing plans (catalog)';

CREATE TABLE subscriptions (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  account_id bigint unsigned NOT NULL,
  plan_id bigint unsigned NOT NULL,
  status enum('incomplete','trial','active','past_due','paused','canceled') NOT NULL DEFAULT 'incomplete',
  quantity int unsigned NOT NULL DEFAULT 1,
  unit_price_cents bigint unsigned NOT NULL,
  discount_cents bigint unsigned NOT NULL DEFAULT 0,
  total_cents bigint unsigned GENERATED ALWAYS AS (quantity * unit_price_cents) STORED,
  net_cents bigint GENERATED ALWAYS AS (CAST(quantity * unit_price_cents AS SIGNED) - CAST(discount_cents AS SIGNED)) VIRTUAL,
  current_period_start datetime(6) NULL,
  current_period_end datetime(6) NULL,
  canceled_at datetime(6) NULL,
  metadata json NULL,
  created_at timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  KEY subscriptions_account_status (account_id, status, current_period_end),
  KEY subscriptions_plan_id_foreign (plan_id),
  KEY subscriptions_total (total_cents),
  CONSTRAINT subscriptions_plan_id_foreign FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT subscriptions_quantity_positive CHECK (quantity >= 1),
  CONSTRAINT subscriptions_canceled_has_date CHECK (status <> 'canceled' OR canceled_at IS NOT NULL),
  CONSTRAINT subscriptions_period_order CHECK (current_period_start IS NULL OR current_period_end >= current_period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE invoices (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subscription_id bigint unsigned NOT NULL,
  number varchar(32) NOT NULL,
  amount_cents bigint unsigned NOT NULL,
  issued_on date NOT NULL,
  due_on date NULL,
  status enum('draft','open','paid','void') NOT NULL DEFAULT 'draft',
  UNIQUE KEY invoices_number_unique (number),
  KEY invoices_subscription_id_foreign (subscription_id),
  KEY invoices_status_due_on (status, due_on),
  CONSTRAINT invoices_subscription_id_foreign FOREIGN KEY (subscription_id) REFERENCES subscriptions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW active_subscriptions AS
  SELECT s.id, s.account_id, p.code AS plan_code, p.name AS plan_name, s.total_cents
  FROM subscriptions s JOIN plans p ON p.id = s.plan_id
  WHERE s.status IN ('trial', 'active', 'past_due');

CREATE VIEW mrr AS
  SELECT p.currency, SUM(CASE p.interval_unit WHEN 'year' THEN s.total_cents / 12 WHEN 'quarter' THEN s.total_cents / 3
                                              WHEN 'week' THEN s.total_cents * 52 / 12 ELSE s.total_cents END) AS mrr_cents
  FROM subscriptions s JOIN plans p ON p.id = s.plan_id
  WHERE s.status = 'active' GROUP BY p.currency;
