CREATE TABLE posts (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(250) NOT NULL,
  slug varchar(250) NULL,
  body mediumtext NULL,
  word_count int unsigned NOT NULL DEFAULT 0,
  edited_at datetime(3) NULL,
  UNIQUE KEY posts_slug_unique (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE post_audit (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id int unsigned NOT NULL,
  what varchar(20) NOT NULL,
  at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the first trigger of the group changes; the two after it stay as they were
CREATE TRIGGER posts_bi_slug BEFORE INSERT ON posts FOR EACH ROW SET NEW.slug = LOWER(REPLACE(TRIM(NEW.title), ' ', '-'));
CREATE TRIGGER posts_bi_words BEFORE INSERT ON posts FOR EACH ROW SET NEW.word_count = 1 + LENGTH(NEW.body) - LENGTH(REPLACE(NEW.body, ' ', ''));
CREATE TRIGGER posts_bi_title BEFORE INSERT ON posts FOR EACH ROW SET NEW.title = TRIM(NEW.title);

-- the middle one goes, a new one takes the lead
CREATE TRIGGER posts_bu_guard BEFORE UPDATE ON posts FOR EACH ROW SET NEW.title = COALESCE(NULLIF(TRIM(NEW.title), ''), OLD.title);
CREATE TRIGGER posts_bu_stamp BEFORE UPDATE ON posts FOR EACH ROW PRECEDES posts_bu_guard SET NEW.edited_at = NOW(3);
CREATE TRIGGER posts_bu_slug BEFORE UPDATE ON posts FOR EACH ROW SET NEW.slug = LOWER(REPLACE(NEW.title, ' ', '-'));

-- same two triggers, swapped
CREATE TRIGGER posts_ai_audit2 AFTER INSERT ON posts FOR EACH ROW INSERT INTO post_audit (post_id, what) VALUES (NEW.id, 'indexed');
CREATE TRIGGER posts_ai_audit AFTER INSERT ON posts FOR EACH ROW INSERT INTO post_audit (post_id, what) VALUES (NEW.id, 'insert');
