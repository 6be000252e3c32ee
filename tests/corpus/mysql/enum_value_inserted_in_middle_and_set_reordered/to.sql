CREATE TABLE tickets (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status enum('new','triaged','open','on_hold','closed') NOT NULL DEFAULT 'triaged',
  priority enum('low','medium','high','urgent') NOT NULL DEFAULT 'medium',
  channels set('sms','email','push') NOT NULL DEFAULT 'email,push',
  severity enum('0','1','2','3') NOT NULL DEFAULT '2',
  KEY tickets_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE VIEW open_tickets AS SELECT id, priority FROM tickets WHERE status IN ('open', 'on_hold');
