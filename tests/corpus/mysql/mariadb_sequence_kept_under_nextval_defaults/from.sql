CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5;
CREATE TABLE tickets (
  id int NOT NULL PRIMARY KEY,
  number bigint NOT NULL DEFAULT NEXTVAL(ticket_seq),
  title varchar(80) NOT NULL
) ENGINE=InnoDB;
CREATE TABLE notes (id int NOT NULL PRIMARY KEY, body text) ENGINE=InnoDB;
