CREATE SEQUENCE ticket_seq START 500;
CREATE TABLE tickets (id int PRIMARY KEY DEFAULT nextval('ticket_seq'), ref text);
CREATE TABLE old_tickets (id int PRIMARY KEY DEFAULT nextval('ticket_seq'));
