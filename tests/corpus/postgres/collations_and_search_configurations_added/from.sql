CREATE COLLATION numeric_sort (provider = icu, locale = 'und-u-kn-true');
CREATE TABLE articles (
    id bigserial PRIMARY KEY,
    slug text COLLATE numeric_sort NOT NULL,
    title text NOT NULL,
    body text
);
CREATE TEXT SEARCH CONFIGURATION article_search (COPY = pg_catalog.simple);
CREATE INDEX articles_title_fts ON articles USING gin (to_tsvector('article_search', title));
