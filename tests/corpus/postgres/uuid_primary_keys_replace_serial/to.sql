CREATE TABLE orgs (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL
);
CREATE TABLE projects (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid NOT NULL REFERENCES orgs (id),
    code varchar(12) NOT NULL,
    budget numeric(14, 2),
    is_archived boolean NOT NULL DEFAULT false,
    UNIQUE (org_id, code)
);
