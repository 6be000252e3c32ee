CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name varchar(255) NOT NULL,
    email varchar(255) NOT NULL,
    email_verified_at timestamp(0) without time zone NULL,
    password varchar(255) NOT NULL,
    remember_token varchar(100) NULL,
    is_admin boolean NOT NULL DEFAULT false,
    deleted_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL
);
ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email);
CREATE INDEX users_deleted_at_index ON users (deleted_at);
CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    title varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    status varchar(255) CHECK (status IN ('draft', 'published', 'archived')) NOT NULL DEFAULT 'draft',
    published_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL
);
ALTER TABLE posts ADD CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT;
ALTER TABLE posts ADD CONSTRAINT posts_slug_unique UNIQUE (slug);
CREATE INDEX posts_status_published_at_index ON posts (status, published_at);
CREATE TABLE password_reset_tokens (
    email varchar(255) PRIMARY KEY,
    token varchar(255) NOT NULL,
    created_at timestamp(0) without time zone NULL
);
CREATE TABLE personal_access_tokens (
    id bigserial PRIMARY KEY,
    tokenable_type varchar(255) NOT NULL,
    tokenable_id bigint NOT NULL,
    name varchar(255) NOT NULL,
    token varchar(64) NOT NULL,
    abilities text NULL,
    last_used_at timestamp(0) without time zone NULL,
    expires_at timestamp(0) without time zone NULL,
    created_at timestamp(0) without time zone NULL,
    updated_at timestamp(0) without time zone NULL
);
ALTER TABLE personal_access_tokens ADD CONSTRAINT personal_access_tokens_token_unique UNIQUE (token);
CREATE INDEX personal_access_tokens_tokenable_type_tokenable_id_index ON personal_access_tokens (tokenable_type, tokenable_id);
