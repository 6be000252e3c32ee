CREATE TABLE organizations (
    id integer PRIMARY KEY,
    code varchar(12) NOT NULL,
    region char(2) NOT NULL,
    CONSTRAINT organizations_code_region_key UNIQUE (code, region)
);

CREATE TABLE teams (
    id integer PRIMARY KEY,
    org_id integer NOT NULL REFERENCES organizations (id),
    parent_team_id integer REFERENCES teams (id),
    org_code varchar(12),
    org_region char(2),
    budget numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT teams_org_code_fkey FOREIGN KEY (org_code, org_region) REFERENCES organizations (code, region)
);

CREATE TABLE members (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id integer NOT NULL,
    team_id integer,
    mentor_id bigint,
    email text NOT NULL,
    seat integer,
    CONSTRAINT members_team_fk FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL,
    CONSTRAINT members_mentor_fk FOREIGN KEY (mentor_id) REFERENCES members (id),
    CONSTRAINT members_email_check CHECK (position('@' in email) > 1),
    CONSTRAINT members_seat_key UNIQUE (org_id, seat)
);

CREATE TABLE assignments (
    org_id integer NOT NULL,
    member_id bigint NOT NULL,
    team_id integer,
    role text NOT NULL DEFAULT 'contributor',
    PRIMARY KEY (org_id, member_id),
    CONSTRAINT assignments_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
);
-- added later on a big table, validated in a maintenance window (not yet)
ALTER TABLE teams ADD CONSTRAINT teams_budget_check CHECK (budget >= 0) NOT VALID;
ALTER TABLE assignments ADD CONSTRAINT assignments_seat_fk FOREIGN KEY (org_id, team_id) REFERENCES members (org_id, seat) NOT VALID;
