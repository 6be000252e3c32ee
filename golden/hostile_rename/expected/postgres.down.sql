
-- s0001 rename column select.Upper Case
ALTER TABLE "select" RENAME COLUMN "Upper Case" TO "Mixed Case";
