CREATE TABLE tickets (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subject varchar(200) NOT NULL,
  body text NOT NULL,
  status enum('open','closed') NOT NULL DEFAULT 'open',
  created_at datetime NOT NULL DEFAULT current_timestamp()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE ticket_replies (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id bigint NOT NULL,
  body text NOT NULL,
  KEY ticket_replies_ticket (ticket_id),
  CONSTRAINT ticket_replies_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO tickets (subject, body) VALUES ('a', 'x'), ('b', 'y');
INSERT INTO ticket_replies (ticket_id, body) VALUES (1, 'r1');
