
-- s0001 create sequence invoice_numbers
CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1;
