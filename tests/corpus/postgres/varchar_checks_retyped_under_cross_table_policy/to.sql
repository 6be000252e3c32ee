CREATE TABLE workspaces (
    id serial PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    plan text NOT NULL DEFAULT 'free',
    region varchar(8) NOT NULL DEFAULT 'eu',
    CONSTRAINT workspaces_plan_check CHECK (plan IN ('free', 'pro')),
    CONSTRAINT workspaces_region_check CHECK (region IN ('eu', 'us')),
    CONSTRAINT workspaces_slug_check CHECK (slug ~ '^[a-z0-9-]+$' AND length(slug) BETWEEN 3 AND 40)
);

CREATE TABLE memberships (
    workspace_id integer NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_name text NOT NULL,
    role text NOT NULL DEFAULT 'member' CHECK (role = ANY (ARRAY['owner', 'member', 'guest'])),
    PRIMARY KEY (workspace_id, user_name)
);

CREATE TABLE documents (
    id bigserial PRIMARY KEY,
    workspace_id integer NOT NULL REFERENCES workspaces (id),
    title varchar(200) NOT NULL,
    visibility varchar(10) NOT NULL DEFAULT 'team' CHECK (visibility IN ('private', 'team', 'public'))
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_members ON documents
    USING (EXISTS (SELECT 1 FROM memberships m
                   WHERE m.workspace_id = documents.workspace_id AND m.user_name = current_user));

ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
CREATE POLICY workspaces_hosted ON workspaces FOR SELECT USING (region IN ('eu', 'us') AND plan NOT IN ('free'));
CREATE FUNCTION workspaces_us_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER workspaces_us_audit AFTER UPDATE ON workspaces FOR EACH ROW
    WHEN (NEW.region IN ('us', 'ca')) EXECUTE FUNCTION workspaces_us_audit();
