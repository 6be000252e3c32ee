CREATE TABLE shifts (
    id serial PRIMARY KEY,
    starts_at timestamp(3) NOT NULL,
    ends_at timestamptz(3),
    break_length interval minute,
    opens time with time zone NOT NULL DEFAULT '09:00+00',
    day date NOT NULL DEFAULT CURRENT_DATE,
    flags bit(16) NOT NULL DEFAULT B'0000000000000000',
    mask varbit(32),
    recorded_at timestamptz(3) DEFAULT now(),
    break_seconds numeric GENERATED ALWAYS AS (EXTRACT(epoch FROM break_length)) STORED
);
CREATE TABLE tokens (
    token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    expires_at timestamptz NOT NULL DEFAULT (now() + interval '7 days'),
    created_on date DEFAULT CURRENT_DATE,
    last_used_at timestamp(0) without time zone
);
