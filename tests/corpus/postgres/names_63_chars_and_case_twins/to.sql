CREATE TABLE users (id serial PRIMARY KEY, name text, "Name" text);
CREATE UNIQUE INDEX users_name_key_with_a_long_name_that_the_server_will_keep_as_is ON users (name);
CREATE TABLE "Users" (id serial PRIMARY KEY, "Name" varchar(80), "name" text, "a_column_name_that_is_exactly_sixty_three_characters_long_xxxxx" int);
CREATE INDEX "a_very_long_index_name_that_is_exactly_sixty_three_characters_x" ON "Users" ("Name");
