CREATE TABLE "Event" ("order" int, "user" text, "Group" text);
