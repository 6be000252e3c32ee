CREATE TABLE "order" ("text" text, "date" timestamptz, "order" bigint DEFAULT 0, "user" varchar(60)[], "check" int CHECK ("check" > 1));
CREATE INDEX "order_order_idx" ON "order" ("order") WHERE "order" > 0;
