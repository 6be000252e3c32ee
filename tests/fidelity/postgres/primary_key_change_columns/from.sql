CREATE TABLE memberships (user_id int NOT NULL, group_id int NOT NULL, PRIMARY KEY (user_id));
