CREATE TABLE sessions (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id int NOT NULL,
  expires_at datetime NOT NULL,
  revoked tinyint(1) NOT NULL DEFAULT 0,
  KEY sessions_expires (expires_at)
) ENGINE=InnoDB;
CREATE TABLE audit_log (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, at datetime NOT NULL, msg varchar(500)) ENGINE=InnoDB;

CREATE EVENT purge_sessions ON SCHEDULE EVERY 15 MINUTE
  DO DELETE FROM sessions WHERE expires_at < NOW() OR revoked = 1;
CREATE EVENT purge_audit ON SCHEDULE EVERY 1 DAY STARTS '2024-01-01 04:30:00' ENDS '2035-12-31 00:00:00'
  COMMENT 'nightly audit cleanup, it''s "late" now'
  DO DELETE FROM audit_log WHERE at < NOW() - INTERVAL 30 DAY;
CREATE EVENT yearly_report ON SCHEDULE AT '2035-01-01 00:00:00' ON COMPLETION PRESERVE
  DO INSERT INTO audit_log (at, msg) VALUES (NOW(), 'report');
