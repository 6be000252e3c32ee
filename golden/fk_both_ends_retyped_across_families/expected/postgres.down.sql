
-- s0004 add foreign key projects.projects_org_id_fkey
ALTER TABLE projects DROP CONSTRAINT projects_org_id_fkey;

-- s0003 alter column projects.org_id
ALTER TABLE projects ALTER COLUMN org_id TYPE bigint USING org_id::text::bigint;

-- s0002 alter column orgs.id
ALTER TABLE orgs ALTER COLUMN id TYPE bigint USING id::text::bigint;

-- s0001 drop foreign key projects.projects_org_id_fkey
ALTER TABLE projects ADD CONSTRAINT projects_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id);
