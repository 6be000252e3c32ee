CREATE TABLE organizations (
    id integer PRIMARY KEY,
    code varchar(12) NOT NULL,
    region char(2) NOT NULL,
    CONSTRAINT organizations_code_region_key UNIQUE (code, region)
);

CREATE TABLE teams (
    id integer PRIMARY KEY,
    org_id integer NOT NULL REFERENCES organizations (id) ON UPDATE CASCADE,
    parent_team_id integer REFERENCES teams (id) ON DELETE SET NULL DEFERRABLE,
    org_code varchar(12),
    org_region char(2),
    budget numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT teams_budget_check CHECK (budget >= 0),
    CONSTRAINT teams_local_budget_check CHECK (budget < 1000000) NO INHERIT,
    CONSTRAINT teams_org_id_org_code_key UNIQUE (org_id, org_code) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT teams_org_code_fkey FOREIGN KEY (org_code, org_region) REFERENCES organizations (code, region) MATCH FULL
);

CREATE TABLE members (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id integer NOT NULL,
    team_id integer,
    mentor_id bigint,
    email text NOT NULL,
    seat integer,
    CONSTRAINT members_team_fk FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL,
    CONSTRAINT members_mentor_fk FOREIGN KEY (mentor_id) REFERENCES members (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT members_seat_key UNIQUE NULLS NOT DISTINCT (org_id, seat)
);
ALTER TABLE members ADD CONSTRAINT members_email_check CHECK (position('@' in email) > 1) NOT VALID;
ALTER TABLE members ADD CONSTRAINT members_org_fk FOREIGN KEY (org_id) REFERENCES organizations (id) NOT VALID;

CREATE TABLE assignments (
    org_id integer NOT NULL,
    member_id bigint NOT NULL,
    team_id integer,
    role text NOT NULL DEFAULT 'contributor',
    PRIMARY KEY (org_id, member_id),
    CONSTRAINT assignments_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT assignments_seat_fk FOREIGN KEY (org_id, team_id) REFERENCES members (org_id, seat) ON DELETE SET NULL (team_id)
);
