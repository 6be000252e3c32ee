CREATE TABLE salaries (
  emp_id int NOT NULL PRIMARY KEY,
  amount decimal(12,2) NOT NULL,
  grade tinyint unsigned NOT NULL DEFAULT 1
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
CREATE VIEW current_salaries AS SELECT emp_id, amount, grade FROM salaries;
CREATE VIEW salary_history AS
  SELECT emp_id, amount, ROW_START AS changed_at, ROW_END AS replaced_at
  FROM salaries FOR SYSTEM_TIME ALL;
CREATE VIEW salaries_at_new_year AS
  SELECT emp_id, amount FROM salaries FOR SYSTEM_TIME AS OF TIMESTAMP '2025-01-01 00:00:00';
