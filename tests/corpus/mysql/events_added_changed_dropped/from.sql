CREATE TABLE sessions (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id int NOT NULL,
  expires_at datetime NOT NULL,
  KEY sessions_expires (expires_at)
) ENGINE=InnoDB;
CREATE TABLE audit_log (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, at datetime NOT NULL, msg varchar(200)) ENGINE=InnoDB;

CREATE EVENT purge_sessions ON SCHEDULE EVERY 1 HOUR
  DO DELETE FROM sessions WHERE expires_at < NOW();
CREATE EVENT purge_audit ON SCHEDULE EVERY 1 DAY STARTS '2024-01-01 03:00:00'
  COMMENT 'nightly audit cleanup'
  DO DELETE FROM audit_log WHERE at < NOW() - INTERVAL 90 DAY;
CREATE EVENT old_job ON SCHEDULE EVERY '1:30' HOUR_MINUTE ON COMPLETION PRESERVE DISABLE
  DO BEGIN
    DELETE FROM audit_log WHERE msg IS NULL;
    INSERT INTO audit_log (at, msg) VALUES (NOW(), 'cleaned');
  END;
