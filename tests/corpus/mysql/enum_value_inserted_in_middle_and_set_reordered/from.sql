CREATE TABLE tickets (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status enum('new','open','closed') NOT NULL DEFAULT 'new',
  priority enum('low','high') DEFAULT NULL,
  channels set('email','sms') NOT NULL DEFAULT 'email',
  severity enum('1','2','3') NOT NULL DEFAULT '2',
  KEY tickets_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE VIEW open_tickets AS SELECT id, priority FROM tickets WHERE status = 'open';
