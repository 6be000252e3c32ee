CREATE TABLE devices (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  serial char(36) NOT NULL,
  last_ip varchar(39) DEFAULT NULL,
  mgmt_ip varchar(15) NOT NULL DEFAULT '0.0.0.0',
  notes text,
  fingerprint text NOT NULL,
  UNIQUE KEY devices_serial (serial),
  UNIQUE KEY devices_fingerprint (fingerprint)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO devices (serial, last_ip, mgmt_ip, fingerprint) VALUES
  ('0b0e2c1c-3d3e-11ee-be56-0242ac120002', '2001:db8::1', '10.0.0.1', 'fp-1');
