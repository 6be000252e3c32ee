CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION case_insensitive IS 'emails compare without case';
CREATE TEXT SEARCH DICTIONARY english_stem_nostop (TEMPLATE = snowball, language = 'english');
CREATE TEXT SEARCH CONFIGURATION unaccented (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION unaccented
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem_nostop;
CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    slug text NOT NULL,
    title text NOT NULL,
    body text,
    author_email text COLLATE case_insensitive,
    search tsvector GENERATED ALWAYS AS (to_tsvector('unaccented', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED
);
CREATE UNIQUE INDEX articles_author_email_key ON articles (author_email);
CREATE INDEX articles_search_idx ON articles USING gin (search);
