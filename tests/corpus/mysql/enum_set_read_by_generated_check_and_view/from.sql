CREATE TABLE tickets (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(200) NOT NULL,
  status enum('open','pending','closed') NOT NULL DEFAULT 'open',
  priority enum('low','normal','high') NOT NULL DEFAULT 'normal',
  channels set('email','chat','phone') NOT NULL DEFAULT 'email',
  is_open tinyint(1) GENERATED ALWAYS AS (status <> 'closed') VIRTUAL,
  priority_rank tinyint GENERATED ALWAYS AS (CASE priority WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END) STORED,
  meta json DEFAULT NULL,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  KEY tickets_is_open (is_open),
  KEY tickets_priority_rank (priority_rank, created_at),
  CONSTRAINT tickets_closed_not_high CHECK (status <> 'closed' OR priority <> 'high')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW open_tickets AS
  SELECT id, title, status, priority FROM tickets WHERE status IN ('open', 'pending');

CREATE VIEW urgent_open_tickets AS
  SELECT id, title FROM open_tickets WHERE priority = 'high'
  WITH CASCADED CHECK OPTION;
