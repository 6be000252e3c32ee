CREATE TABLE plans (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code varchar(32) NOT NULL,
  price_cents int unsigned NOT NULL,
  currency char(3) NOT NULL DEFAULT 'USD',
  interval_unit enum('month','year') NOT NULL DEFAULT 'month',
  UNIQUE KEY plans_code_unique (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='billing plans';

CREATE TABLE subscriptions (
  id int unsigned NOT NULL AUTO_INCREMENT,
  account_id int unsigned NOT NULL,
  plan_id int unsigned NOT NULL,
  status enum('trial','active','past_due','canceled') NOT NULL DEFAULT 'trial',
  quantity smallint unsigned NOT NULL DEFAULT 1,
  unit_price_cents int unsigned NOT NULL,
  total_cents int unsigned GENERATED ALWAYS AS (quantity * unit_price_cents) VIRTUAL,
  current_period_end datetime NULL,
  canceled_at datetime NULL,
  metadata longtext NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY subscriptions_account_status (account_id, status),
  KEY subscriptions_plan_id_foreign (plan_id),
  KEY subscriptions_total (total_cents),
  CONSTRAINT subscriptions_plan_id_foreign FOREIGN KEY (plan_id) REFERENCES plans (id),
  CONSTRAINT subscriptions_quantity_positive CHECK (quantity > 0),
  CONSTRAINT subscriptions_canceled_has_date CHECK (status <> 'canceled' OR canceled_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=COMPACT;

CREATE TABLE invoices (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subscription_id int unsigned NOT NULL,
  number varchar(20) NOT NULL,
  amount_cents int unsigned NOT NULL,
  issued_on date NOT NULL,
  paid tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY invoices_number_unique (number),
  KEY invoices_subscription_id_foreign (subscription_id),
  CONSTRAINT invoices_subscription_id_foreign FOREIGN KEY (subscription_id) REFERENCES subscriptions (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE ALGORITHM=MERGE VIEW active_subscriptions AS
  SELECT s.id, s.account_id, p.code AS plan_code, s.total_cents
  FROM subscriptions s JOIN plans p ON p.id = s.plan_id
  WHERE s.status IN ('trial', 'active');

CREATE VIEW mrr AS
  SELECT p.currency, SUM(CASE p.interval_unit WHEN 'year' THEN s.total_cents / 12 ELSE s.total_cents END) AS mrr_cents
  FROM subscriptions s JOIN plans p ON p.id = s.plan_id
  WHERE s.status = 'active' GROUP BY p.currency;
