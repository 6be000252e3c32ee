CREATE TABLE users (id serial PRIMARY KEY, name text);
CREATE TABLE "Users" (id serial PRIMARY KEY, "Name" text, "a_column_name_that_is_exactly_sixty_three_characters_long_xxxxx" int);
CREATE INDEX "a_very_long_index_name_that_is_exactly_sixty_three_characters_x" ON "Users" ("Name");
