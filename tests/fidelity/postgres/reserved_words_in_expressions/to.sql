CREATE TABLE "Event" ("order" int CHECK ("order" > 0), "user" text, "Group" text);
CREATE INDEX "Event_lower" ON "Event" (lower("user")) WHERE "Group" IS NOT NULL;
CREATE TABLE "Child" (id int PRIMARY KEY, "ord" int);
ALTER TABLE "Event" ADD CONSTRAINT "Event_pk" PRIMARY KEY ("order");
ALTER TABLE "Child" ADD FOREIGN KEY ("ord") REFERENCES "Event" ("order");
