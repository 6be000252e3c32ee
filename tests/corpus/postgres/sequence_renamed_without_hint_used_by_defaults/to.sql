CREATE SEQUENCE ticket_number_seq START 500 OWNED BY NONE;
CREATE TABLE tickets (id int PRIMARY KEY DEFAULT nextval('ticket_number_seq'), ref text);

