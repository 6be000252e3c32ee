CREATE TABLE accounts (id int NOT NULL PRIMARY KEY, owner varchar(40) NOT NULL, balance decimal(12,2) NOT NULL DEFAULT 0, closed tinyint(1) NOT NULL DEFAULT 0) ENGINE=InnoDB;
CREATE ALGORITHM=MERGE DEFINER=`root`@`localhost` SQL SECURITY INVOKER VIEW open_accounts AS SELECT id, owner, balance FROM accounts WHERE closed = 0;
CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW balances_by_owner AS SELECT owner, SUM(balance) AS total, COUNT(*) AS n FROM accounts GROUP BY owner;
CREATE VIEW rich AS SELECT id, owner FROM open_accounts WHERE balance > 50000 WITH LOCAL CHECK OPTION;
