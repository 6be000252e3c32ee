CREATE TABLE "order" ("text" text, "date" date, "order" integer DEFAULT 0, "user" varchar(30)[], "check" int CHECK ("check" > 0));
CREATE INDEX "order_order_idx" ON "order" ("order") WHERE "order" > 0;
