
-- s0001 rename column select.Upper Case
ALTER TABLE "select" RENAME COLUMN "Mixed Case" TO "Upper Case";
