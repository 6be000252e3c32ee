CREATE TYPE "OrderStatus" AS ENUM ('New', 'In "Progress"', 'Done');
CREATE DOMAIN "Positive Int" AS integer CHECK (VALUE > 0);
CREATE SEQUENCE "Ticket.Numbers" START 1000;

CREATE TABLE "Customer Accounts" (
    "ID" integer PRIMARY KEY,
    "E-Mail" text NOT NULL,
    "user" text,
    "Ünïcode Näme" varchar(80),
    "select" boolean NOT NULL DEFAULT false,
    CONSTRAINT "E-Mail must have @" CHECK ("E-Mail" LIKE '%@%')
);

CREATE TABLE "Order$Lines" (
    "Order ID" bigint NOT NULL,
    "Line#" "Positive Int" NOT NULL,
    "Account" integer REFERENCES "Customer Accounts" ("ID"),
    "Status" "OrderStatus" NOT NULL DEFAULT 'New',
    "History" "OrderStatus"[] NOT NULL DEFAULT '{}',
    "Ticket" bigint NOT NULL DEFAULT nextval('"Ticket.Numbers"'),
    PRIMARY KEY ("Order ID", "Line#")
);
CREATE INDEX "Order$Lines by ""Status""" ON "Order$Lines" ("Status") WHERE "Status" <> 'Done';

CREATE TABLE "Event Log" ("At" date NOT NULL, "What" text) PARTITION BY RANGE ("At");
CREATE TABLE "Event Log 2025" PARTITION OF "Event Log" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
