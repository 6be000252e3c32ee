
-- s0001 create table employees
CREATE TABLE employees (
    id integer NOT NULL,
    manager_id integer,
    CONSTRAINT employees_pkey PRIMARY KEY (id)
);

-- s0002 add foreign key employees.employees_manager_id_fkey
ALTER TABLE employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL;
