-- A user-defined operator is added with the function it calls. sqlxc does not
-- model operators: the difference must be refused, not silently left out.
CREATE TABLE public.tags (
    id integer NOT NULL,
    name text NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id)
);
