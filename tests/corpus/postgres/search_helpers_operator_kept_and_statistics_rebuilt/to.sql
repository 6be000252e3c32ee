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
    is_banned boolean DEFAULT false NOT NULL,
    CONSTRAINT artists_pkey PRIMARY KEY (id)
);
CREATE INDEX index_artists_on_name_trgm ON public.artists USING gin (name public.gin_trgm_ops);
CREATE INDEX index_artists_on_other_names ON public.artists USING gin (public.lower(other_names)) WHERE (is_banned = false);

CREATE TABLE public.posts (
    id bigint NOT NULL,
    uploader_id bigint NOT NULL,
    rating character(1) DEFAULT 'q'::bpchar NOT NULL,
    score integer DEFAULT 0 NOT NULL,
    fav_count integer DEFAULT 0 NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);
CREATE STATISTICS public.posts_uploader_rating (ndistinct, dependencies) ON uploader_id, rating FROM public.posts;
CREATE STATISTICS public.posts_score_favs (mcv) ON score, fav_count FROM public.posts;
