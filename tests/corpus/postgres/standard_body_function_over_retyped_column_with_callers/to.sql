CREATE TABLE plans (
    code varchar(20) PRIMARY KEY,
    seat_limit bigint NOT NULL
);
CREATE FUNCTION seat_limit_of(plan_code text) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT seat_limit FROM plans WHERE code = plan_code;
END;

CREATE TABLE subscriptions (
    id bigserial PRIMARY KEY,
    plan_code varchar(20) NOT NULL REFERENCES plans (code),
    seats integer NOT NULL DEFAULT 1
);
CREATE VIEW subscription_usage AS
    SELECT id, plan_code, seats, seat_limit_of(plan_code) AS seat_limit FROM subscriptions;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_seats_check CHECK (seats <= seat_limit_of(plan_code));
CREATE TABLE trials (id serial PRIMARY KEY, plan_code text NOT NULL DEFAULT 'pro', seats integer DEFAULT seat_limit_of('pro'));
INSERT INTO plans VALUES ('pro', 10);
