CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE product_reviews (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL, rating tinyint NOT NULL,
  CONSTRAINT reviews_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT reviews_rating_range CHECK (rating BETWEEN 1 AND 5)) ENGINE=InnoDB;
