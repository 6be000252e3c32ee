CREATE TABLE salaries (
  emp_id int NOT NULL PRIMARY KEY,
  amount decimal(10,2) NOT NULL
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
CREATE VIEW current_salaries AS SELECT emp_id, amount FROM salaries;
