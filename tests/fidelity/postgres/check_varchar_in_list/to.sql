CREATE TABLE tenants (id int PRIMARY KEY, plan varchar(20) NOT NULL CHECK (plan IN ('free', 'team', 'pro')), tier varchar CHECK (tier NOT IN ('x', 'y')));
CREATE INDEX tenants_paid ON tenants (id) WHERE plan IN ('team', 'pro');
