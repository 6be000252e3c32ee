CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_forever_more (id int PRIMARY KEY);
