CREATE TABLE a_very_long_table_name_that_goes_on_and_on_and_on_forever_more (
    id int PRIMARY KEY,
    another_quite_long_column_name_for_the_unique_constraint text UNIQUE,
    n int CHECK (n > 0)
);
CREATE INDEX ON a_very_long_table_name_that_goes_on_and_on_and_on_forever_more (n, another_quite_long_column_name_for_the_unique_constraint);
