CREATE TABLE files (
  id binary(16) NOT NULL PRIMARY KEY,
  flags bit(4) NOT NULL DEFAULT b'101',
  perms bit(16) DEFAULT b'0000000111101101',
  digest binary(32) NOT NULL,
  etag varbinary(64) DEFAULT NULL,
  thumb mediumblob,
  data mediumblob,
  big longblob NOT NULL,
  sized blob(70000),
  UNIQUE KEY files_digest (digest),
  KEY files_etag (etag(16))
) ENGINE=InnoDB;
