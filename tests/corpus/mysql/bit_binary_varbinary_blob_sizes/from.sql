CREATE TABLE files (
  id binary(16) NOT NULL PRIMARY KEY,
  flags bit(1) NOT NULL DEFAULT b'0',
  perms bit(8) DEFAULT NULL,
  digest binary(20) NOT NULL,
  etag varbinary(40) DEFAULT NULL,
  thumb tinyblob,
  data blob,
  big longblob,
  sized blob(300),
  UNIQUE KEY files_digest (digest),
  KEY files_etag (etag(8))
) ENGINE=InnoDB;
