CREATE TYPE "OrderStatus" AS ENUM ('New', 'In "Progress"', 'On Hold', 'Done');
CREATE DOMAIN "Positive Int" AS integer CHECK (VALUE > 0);
CREATE DOMAIN "Short Code" AS varchar(8) DEFAULT 'n/a' CHECK (VALUE ~ '^[A-Za-z/]+$');
CREATE SEQUENCE "Ticket.Numbers" START 1000;
CREATE COLLATION "Case Insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE "Customer Accounts" (
    "ID" integer PRIMARY KEY,
    "E-Mail" text COLLATE "Case Insensitive" NOT NULL,
    "user" text,
    "Ünïcode Näme" varchar(120),
    "select" boolean NOT NULL DEFAULT false,
    "Region ""Code""" "Short Code",
    CONSTRAINT "E-Mail must have @" CHECK ("E-Mail" LIKE '%@%' AND length("E-Mail") > 3)
);
COMMENT ON COLUMN "Customer Accounts"."E-Mail" IS 'primary "login" address';
CREATE UNIQUE INDEX "Customer Accounts.E-Mail" ON "Customer Accounts" ("E-Mail");

CREATE TABLE "Order$Lines" (
    "Order ID" bigint NOT NULL,
    "Line#" "Positive Int" NOT NULL,
    "Account" integer REFERENCES "Customer Accounts" ("ID") ON DELETE SET NULL,
    "Status" "OrderStatus" NOT NULL DEFAULT 'In "Progress"',
    "History" "OrderStatus"[] NOT NULL DEFAULT '{New}',
    "Ticket" bigint NOT NULL DEFAULT nextval('"Ticket.Numbers"'),
    PRIMARY KEY ("Order ID", "Line#")
);
CREATE INDEX "Order$Lines by ""Status""" ON "Order$Lines" ("Status") WHERE "Status" NOT IN ('Done', 'On Hold');
CREATE VIEW "Open Lines" AS SELECT "Order ID", "Line#", "Status" AS "Current ""Status""" FROM "Order$Lines" WHERE "Status" <> 'Done';

CREATE TABLE "Event Log" ("At" date NOT NULL, "What" text) PARTITION BY RANGE ("At");
CREATE TABLE "Event Log 2025" PARTITION OF "Event Log" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE "Event Log ""2026""" PARTITION OF "Event Log" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
COMMENT ON TABLE "Event Log 2025" IS 'closed; don''t write';
