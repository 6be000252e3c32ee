CREATE TABLE documents (
    id bigserial PRIMARY KEY,
    tenant_id bigint NOT NULL,
    owner text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    is_public boolean NOT NULL DEFAULT false,
    archived boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR ALL TO public USING (owner = current_user) WITH CHECK (owner = current_user AND NOT archived);
CREATE POLICY documents_tenant ON documents AS RESTRICTIVE FOR SELECT USING (tenant_id = current_setting('app.tenant_id')::bigint);

CREATE TABLE notes (
    id serial PRIMARY KEY,
    body text NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_visible ON notes USING (NOT deleted);
CREATE TABLE notes_archive (id integer PRIMARY KEY, body text NOT NULL);
CREATE RULE notes_soft_delete AS ON DELETE TO notes DO INSTEAD UPDATE notes SET deleted = true WHERE notes.id = old.id;
