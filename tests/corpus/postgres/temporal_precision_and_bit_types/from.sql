CREATE TABLE shifts (
    id serial PRIMARY KEY,
    starts_at timestamp(6) NOT NULL,
    ends_at timestamp(6),
    break_length interval,
    opens time NOT NULL DEFAULT '09:00',
    day date NOT NULL DEFAULT CURRENT_DATE,
    flags bit(8) NOT NULL DEFAULT B'00000000',
    mask varbit(16),
    recorded_at timestamptz(0) DEFAULT now()
);
CREATE TABLE tokens (
    token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    expires_at timestamptz NOT NULL DEFAULT (now() + interval '30 days'),
    created_on date DEFAULT CURRENT_DATE
);
