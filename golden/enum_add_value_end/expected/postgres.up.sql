
-- s0001 add enum value mood.happy
ALTER TYPE mood ADD VALUE 'happy';
