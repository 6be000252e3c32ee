CREATE TABLE bookings (id int NOT NULL PRIMARY KEY, starts_at datetime NOT NULL, ends_at datetime NOT NULL, guests int NOT NULL CHECK (guests > 0), CONSTRAINT chk_range CHECK (ends_at > starts_at)) ENGINE=InnoDB;
CREATE TABLE rooms (id int NOT NULL PRIMARY KEY, beds int NOT NULL, CONSTRAINT chk_beds CHECK (beds between 1 and 6)) ENGINE=InnoDB;
