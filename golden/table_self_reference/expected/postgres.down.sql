
-- s0002 add foreign key employees.employees_manager_id_fkey
ALTER TABLE employees DROP CONSTRAINT employees_manager_id_fkey;

-- s0001 create table employees
DROP TABLE employees;
