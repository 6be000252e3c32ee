CREATE TABLE product_reviews (
    id bigserial CONSTRAINT pk_reviews PRIMARY KEY,
    product_id bigint NOT NULL,
    rating smallint NOT NULL,
    CONSTRAINT uq_reviews_product UNIQUE (product_id, id)
);
CREATE INDEX idx_reviews_rating ON product_reviews (rating);
