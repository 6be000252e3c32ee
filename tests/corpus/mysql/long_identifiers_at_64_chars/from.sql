CREATE TABLE adjustment_reason_codes_with_an_extremely_long_descriptive_nam (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE customer_subscription_billing_cycle_adjustment_history_entries_2 (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subscription_billing_cycle_adjustment_reason_code_identifier_x1 int NOT NULL,
  amount decimal(10,2) NOT NULL,
  KEY idx_subscription_billing_cycle_adjustment_reason_code_identifier (subscription_billing_cycle_adjustment_reason_code_identifier_x1),
  CONSTRAINT chk_customer_subscription_billing_cycle_adjustment_amount_pos_v CHECK (amount > 0)
) ENGINE=InnoDB;
