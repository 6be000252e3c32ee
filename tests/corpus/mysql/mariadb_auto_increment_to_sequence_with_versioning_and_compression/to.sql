CREATE SEQUENCE ticket_ids START WITH 1000 INCREMENT BY 1 CACHE 100;
CREATE SEQUENCE reply_ids START WITH 5000;
CREATE TABLE tickets (
  id bigint NOT NULL DEFAULT NEXTVAL(ticket_ids) PRIMARY KEY,
  subject varchar(200) NOT NULL,
  body text COMPRESSED NOT NULL,
  status enum('open','pending','closed') NOT NULL DEFAULT 'open',
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  updated_at datetime DEFAULT NULL ON UPDATE current_timestamp() INVISIBLE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 WITH SYSTEM VERSIONING;
CREATE TABLE ticket_replies (
  id bigint NOT NULL DEFAULT (NEXT VALUE FOR reply_ids) PRIMARY KEY,
  ticket_id bigint NOT NULL,
  body text COMPRESSED NOT NULL,
  KEY ticket_replies_ticket (ticket_id),
  CONSTRAINT ticket_replies_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
