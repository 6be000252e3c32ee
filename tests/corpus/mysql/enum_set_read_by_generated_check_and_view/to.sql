CREATE TABLE tickets (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(255) NOT NULL,
  status enum('new','open','pending','on_hold','closed') NOT NULL DEFAULT 'new',
  priority enum('low','normal','high','urgent') NOT NULL DEFAULT 'normal',
  channels set('email','chat','phone','sms') NOT NULL DEFAULT 'email,chat',
  is_open tinyint(1) GENERATED ALWAYS AS (status NOT IN ('closed')) STORED,
  priority_rank tinyint GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END) STORED,
  meta json DEFAULT NULL CHECK (json_valid(meta)),
  meta_source varchar(32) GENERATED ALWAYS AS (json_unquote(json_extract(meta, '$.source'))) VIRTUAL,
  created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at timestamp(3) NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
  KEY tickets_is_open (is_open),
  KEY tickets_priority_rank (priority_rank, created_at),
  KEY tickets_meta_source (meta_source),
  CONSTRAINT tickets_closed_not_high CHECK (status <> 'closed' OR priority NOT IN ('high', 'urgent'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW open_tickets AS
  SELECT id, title, status, priority FROM tickets WHERE status IN ('new', 'open', 'pending', 'on_hold');

CREATE VIEW urgent_open_tickets AS
  SELECT id, title FROM open_tickets WHERE priority IN ('high', 'urgent')
  WITH LOCAL CHECK OPTION;
