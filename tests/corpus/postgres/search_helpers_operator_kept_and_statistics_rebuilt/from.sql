-- An image board's search helpers, as its structure.sql has them: an overload of
-- lower() for text arrays used by a GIN index, a user-defined operator over a SQL
-- function, a custom aggregate, trigram indexes, and extended statistics on two
-- columns. The release widens the ids under the statistics object, adds a column
-- and a second statistics object; the operator and aggregate stay as they are.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE FUNCTION public.lower(text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$
  SELECT array_agg(lower(value)) FROM unnest($1) value;
$_$;

CREATE FUNCTION public.reverse_textregexeq(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT textregexeq($2, $1); $_$;

CREATE OPERATOR public.~<< (
    FUNCTION = public.reverse_textregexeq,
    LEFTARG = text,
    RIGHTARG = text
);

CREATE AGGREGATE public.concat_tags(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);

CREATE TABLE public.artists (
    id integer NOT NULL,
    name character varying NOT NULL,
    other_names text[] DEFAULT '{}'::text[] NOT NULL,
    CONSTRAINT artists_pkey PRIMARY KEY (id)
);
CREATE INDEX index_artists_on_name_trgm ON public.artists USING gin (name public.gin_trgm_ops);
CREATE INDEX index_artists_on_other_names ON public.artists USING gin (public.lower(other_names));

CREATE TABLE public.posts (
    id integer NOT NULL,
    uploader_id integer NOT NULL,
    rating character(1) DEFAULT 'q'::bpchar NOT NULL,
    score integer DEFAULT 0 NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);
CREATE STATISTICS public.posts_uploader_rating (ndistinct, dependencies) ON uploader_id, rating FROM public.posts;
