CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5;
CREATE TABLE tickets (
  id int NOT NULL PRIMARY KEY,
  number bigint NOT NULL DEFAULT NEXTVAL(ticket_seq),
  title varchar(200) NOT NULL,
  ref bigint DEFAULT (NEXT VALUE FOR ticket_seq + 1000)
) ENGINE=InnoDB;
CREATE TABLE notes (id int NOT NULL PRIMARY KEY, body text, ticket_number bigint NOT NULL DEFAULT NEXTVAL(ticket_seq)) ENGINE=InnoDB;
