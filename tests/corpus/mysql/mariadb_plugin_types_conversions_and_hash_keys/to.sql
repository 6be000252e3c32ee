CREATE TABLE devices (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  serial uuid NOT NULL DEFAULT uuid(),
  last_ip inet6 DEFAULT NULL,
  mgmt_ip inet4 NOT NULL DEFAULT '0.0.0.0',
  notes text INVISIBLE,
  fingerprint mediumtext NOT NULL,
  peer_ip inet6 NOT NULL DEFAULT '::1',
  UNIQUE KEY devices_serial (serial),
  UNIQUE KEY devices_fingerprint (fingerprint),
  KEY devices_last_ip (last_ip) IGNORED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
