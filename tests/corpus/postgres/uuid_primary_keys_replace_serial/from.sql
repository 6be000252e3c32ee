CREATE TABLE orgs (
    id bigserial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE projects (
    id serial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES orgs (id),
    code integer NOT NULL,
    budget money,
    is_archived smallint NOT NULL DEFAULT 0,
    UNIQUE (org_id, code)
);
