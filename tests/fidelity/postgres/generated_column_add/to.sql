CREATE TABLE lines (id int PRIMARY KEY, qty int NOT NULL, price numeric NOT NULL,
                    total numeric GENERATED ALWAYS AS (qty * price) STORED);
