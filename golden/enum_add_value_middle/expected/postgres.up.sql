
-- s0001 add enum value mood.meh
ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad';
