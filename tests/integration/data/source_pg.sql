-- The schema behind pg_dump.sql; test_import dumps it live and imports the dump.
create type order_status as enum ('pending','paid','shipped');
create table users (id bigint generated always as identity primary key, email varchar(320) not null unique, display_name text, country char(2) not null default 'US', created_at timestamptz not null default current_timestamp);
comment on table users is 'people';
comment on column users.email is 'login';
create table orders (id serial primary key, user_id bigint not null references users(id) on delete cascade, status order_status not null default 'pending', total numeric(12,2) not null default 0 check (total >= 0), placed_at timestamp);
create index orders_user_idx on orders (user_id, placed_at desc);
create unique index orders_partial on orders (user_id) where status = 'pending';
create view recent_orders as select o.id, u.email from orders o join users u on u.id = o.user_id;
create function f() returns int language sql as 'select 1';
