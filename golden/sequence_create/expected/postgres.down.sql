
-- s0001 create sequence invoice_numbers
DROP SEQUENCE invoice_numbers;
