CREATE TABLE documents (
    id bigserial PRIMARY KEY,
    tenant_id integer NOT NULL,
    owner text NOT NULL DEFAULT current_user,
    title text NOT NULL,
    is_public boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR ALL TO public USING (owner = current_user);
CREATE POLICY documents_public_read ON documents FOR SELECT USING (is_public);

CREATE TABLE notes (
    id serial PRIMARY KEY,
    body text NOT NULL
);
CREATE TABLE notes_archive (id integer PRIMARY KEY, body text NOT NULL);
CREATE RULE notes_no_delete AS ON DELETE TO notes DO INSTEAD NOTHING;
