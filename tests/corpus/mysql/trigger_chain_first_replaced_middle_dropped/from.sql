CREATE TABLE posts (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(200) NOT NULL,
  slug varchar(200) NULL,
  body text NULL,
  word_count int NOT NULL DEFAULT 0,
  edited_at datetime NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE post_audit (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id int unsigned NOT NULL,
  what varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER posts_bi_slug BEFORE INSERT ON posts FOR EACH ROW SET NEW.slug = LOWER(REPLACE(NEW.title, ' ', '-'));
CREATE TRIGGER posts_bi_words BEFORE INSERT ON posts FOR EACH ROW SET NEW.word_count = 1 + LENGTH(NEW.body) - LENGTH(REPLACE(NEW.body, ' ', ''));
CREATE TRIGGER posts_bi_title BEFORE INSERT ON posts FOR EACH ROW SET NEW.title = TRIM(NEW.title);

CREATE TRIGGER posts_bu_stamp BEFORE UPDATE ON posts FOR EACH ROW SET NEW.edited_at = NOW();
CREATE TRIGGER posts_bu_words BEFORE UPDATE ON posts FOR EACH ROW SET NEW.word_count = 1 + LENGTH(NEW.body) - LENGTH(REPLACE(NEW.body, ' ', ''));
CREATE TRIGGER posts_bu_slug BEFORE UPDATE ON posts FOR EACH ROW SET NEW.slug = LOWER(REPLACE(NEW.title, ' ', '-'));

CREATE TRIGGER posts_ai_audit AFTER INSERT ON posts FOR EACH ROW INSERT INTO post_audit (post_id, what) VALUES (NEW.id, 'insert');
CREATE TRIGGER posts_ai_audit2 AFTER INSERT ON posts FOR EACH ROW INSERT INTO post_audit (post_id, what) VALUES (NEW.id, 'indexed');
