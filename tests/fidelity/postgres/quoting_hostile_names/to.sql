CREATE TABLE plain (id int PRIMARY KEY);
CREATE TYPE "Weird Enum" AS ENUM ('it''s', 'a "b"');
CREATE TABLE "Order" (
    "select" int PRIMARY KEY,
    "Mixed Case" text,
    "quote""inside" text DEFAULT 'it''s',
    "user" "Weird Enum"
);
CREATE INDEX "Order idx" ON "Order" ("Mixed Case");
CREATE VIEW "from" AS SELECT "select", "user" FROM "Order";
COMMENT ON COLUMN "Order"."quote""inside" IS 'a ''quoted'' comment';
