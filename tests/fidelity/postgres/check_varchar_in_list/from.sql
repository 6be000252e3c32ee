CREATE TABLE tenants (id int PRIMARY KEY, plan varchar(20) NOT NULL CHECK (plan IN ('free', 'pro')));
